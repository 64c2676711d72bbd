/**
 * Given names and surnames common outside the header languages' countries, as customer, patient
 * and employee files anywhere hold them in Latin letters: the Arabic-speaking countries, Turkey,
 * Iran, South Asia, China (pinyin), Japan, Korea (revised romanisation), Vietnam, Indonesia and
 * Malaysia, the Philippines, West, East and Southern Africa, Brazil and Portugal, Russia and
 * Ukraine (transliterated), Israel and Greece. Written from the national statistics offices'
 * published top lists of names where they exist and the lists of most common names per country
 * compiled from them (Wikipedia's "List of most popular given names" and "Lists of most common
 * surnames").
 *
 * Left out: names of one or two letters (Li, Wu, An, Le: too many other words share them) and
 * names that are everyday words of the header languages (Long, Sun, Hung, Mai, Tao, Nam, Ping).
 */
import { words } from './words';

export const GIVEN_NAMES_WORLD = words(`
Mohammed Muhammad Mohamed Mohammad Mohamad Muhammed Ahmed Ahmad Ali Omar Umar Othman Osman Youssef Yousef
Yusuf Ibrahim Ismail Hassan Hasan Hussein Hussain Hossein Khalid Khaled Abdullah Abdallah Abdul
Abdulrahman Abdelkader Mustafa Mostafa Mahmoud Mahmud Tariq Tarek Karim Kareem Rashid Rachid Saeed
Salim Samir Sami Nabil Walid Hamza Bilal Faisal Fahad Majid Nasser Yasser Adel Amir Anwar Jamal Kamal
Hamid Hamed Idris Jibril Mounir Mourad Nadir Reza Mehdi Hamid Arash Babak Dariush Farhad Kaveh
Fatima Fatma Fatemeh Aisha Ayesha Aicha Khadija Maryam Mariam Zainab Zeynab Zahra Layla Leila Nour Noor
Amina Aminah Yasmin Yasmine Salma Hana Hanan Huda Rania Dina Lina Samira Nadia Soraya Farah Malak
Mehmet Ahmet Mustafa Murat Emre Burak Serkan Hakan Kemal Cem Oguz Ozan Volkan Tolga Onur Ercan Baris
Ayse Emine Hatice Zeynep Elif Esra Merve Ozlem Gul Sevgi Derya Ebru Seda Dilek Selin Busra Songul
Rahul Amit Anil Sunil Vijay Raj Rajesh Ravi Deepak Sanjay Suresh Ramesh Mahesh Ganesh Dinesh Rakesh
Manoj Ajay Arun Arjun Aditya Rohan Rohit Vikram Vikas Krishna Karthik Prakash Pradeep Naveen Nitin
Sachin Sandeep Sameer Imran Irfan Asif Kashif Waqas Usman Bilal Shahid Zubair Farhan Rizwan Tanvir
Priya Pooja Neha Anjali Kavya Ananya Divya Sneha Nisha Meera Sunita Gita Geeta Lakshmi Deepa Shreya
Swati Rekha Kavita Anita Sunita Asha Usha Radha Seema Shalini Preeti Ritu Jyoti Aarti Sana Ayesha
Wei Fang Jing Lei Yan Hui Xin Hao Chen Ming Xiao Qiang Hong Jie Yang Zhi Hua Yong Gang Jian Feng
Xiaoming Xiaoling Xiaohong Jianguo Jianhua Guoqiang Haiyan Lihua Meiling Xiuying Guiying Yuying Ying
Hiroshi Takashi Yuki Haruto Sakura Yui Aoi Kenji Akira Satoshi Naoki Daisuke Kazuki Takumi Sota Riku
Yuto Hinata Yuna Mei Hana Yuko Keiko Emi Ayumi Kaori Naomi Tomoko Akiko Yoko Haruka Misaki Kenta Shota
Minjun Seoyeon Jiho Jiwoo Seojun Hayun Jiwon Minseo Eunji Hyunwoo Jihoon Sungmin Younghee Jaehyun
Thanh Hoa Linh Phuong Trang Thao Huong Quang Tuan Minh Duc Dung Khanh Hieu Trung Cuong Hoang Vinh
Siti Nur Nurul Ahmad Dewi Putri Agus Budi Sri Wahyu Rizky Fitri Ayu Indra Hendra Joko Rina Yanti
Kwame Kofi Kwabena Kwaku Yaw Akua Abena Adwoa Afua Ama Chinedu Chukwuemeka Emeka Ngozi Chioma Adaeze
Oluwaseun Olusegun Oluwatobi Adebayo Ayodele Babatunde Tunde Folake Funmilayo Yetunde Abiodun Ifeoma
Amara Obinna Uchenna Ikenna Nnamdi Thabo Sipho Themba Zanele Lerato Nomvula Thandiwe Bongani Mandla
Abebe Tesfaye Mulugeta Alemayehu Wanjiru Wambui Kamau Otieno Achieng Akinyi Njeri Mwangi Baraka
Joao Joaquim Goncalo Rodrigo Thiago Tiago Gabriel Lucas Matheus Guilherme Rafael Felipe Leonardo
Gustavo Bruno Vinicius Eduardo Marcelo Fernando Ricardo Paulo Luiz Anderson Leandro Fabio Sergio
Ana Maria Francisca Antonia Adriana Juliana Marcia Fernanda Patricia Aline Sandra Camila Amanda
Bruna Jessica Leticia Larissa Beatriz Mariana Gabriela Vitoria Raquel Luana Thais Priscila Tatiana
Ivan Dmitry Dmitri Sergey Sergei Alexei Alexey Andrei Andrey Nikolai Vladimir Mikhail Pavel Yuri Oleg
Igor Artem Maxim Denis Roman Anton Kirill Ilya Evgeny Vasily Bogdan Taras Oleksandr Mykola Volodymyr
Olga Natalia Natalya Elena Yelena Tatiana Tatyana Irina Svetlana Ekaterina Yekaterina Anastasia Marina
Ludmila Lyudmila Galina Yulia Oksana Daria Darya Ksenia Polina Alina Valentina Nadezhda Larisa Vera
Yosef Moshe Avraham Yitzhak Yaakov Shlomo Eitan Noam Ariel Omer Itai Yonatan Noa Tamar Shira Yael
Michal Talia Avigail Efrat Orly Dimitris Giorgos Nikos Konstantinos Yannis Kostas Eleni Katerina
Dimitra Sofia Vasiliki Panagiota Ioanna Maricel Rowena Marites Jocelyn Rodel Jomar Reynaldo
`);

export const SURNAMES_WORLD = words(`
Hassan Hussein Hussain Ahmed Mohamed Mohammed Ibrahim Mahmoud Abdullah Abdallah Haddad Khalil Nasser
Saleh Salem Mansour Darwish Hamdan Khoury Sabbagh Aziz Karim Rahman Rahmani Hosseini Mohammadi Ahmadi
Rezaei Moradi Karimi Jafari Kazemi Rostami Sadeghi Alavi Farsi Qureshi Siddiqui Chaudhry Chaudhary
Yilmaz Kaya Demir Sahin Celik Yildiz Yildirim Ozturk Aydin Ozdemir Arslan Dogan Kilic Aslan Cetin Kara
Koc Kurt Ozkan Simsek Polat Erdogan Aksoy Korkmaz
Sharma Patel Singh Kumar Gupta Khan Shah Reddy Rao Nair Iyer Mehta Joshi Verma Mishra Agarwal
Chopra Malhotra Kapoor Banerjee Chatterjee Mukherjee Ghosh Bose Sen Pillai Menon Naidu Yadav
Bhat Desai Kulkarni Pandey Tiwari Dubey Saxena Srivastava Chauhan Thakur Rathore Hossain Akter
Wang Zhang Liu Chen Yang Huang Zhao Zhou Zhu Guo Lin Gao Luo Zheng Liang Xie Tang Feng
Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Cheng Wei Shen Jiang Zhong Wong
Chan Cheung Lau Leung Tsang Chow Yip Kwok Lam Lim Teo Goh Ong Chua Koh
Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki
Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Ishikawa Ogawa
Kim Lee Park Choi Jung Jeong Kang Cho Yoon Jang Lim Shin Seo Kwon Hwang Ahn Hong
Nguyen Tran Pham Hoang Huynh Phan Dang Bui Ngo Duong Truong Dinh Trinh
Santoso Wijaya Susanto Hidayat Setiawan Kusuma Pratama Saputra Nasution Siregar Harahap Lubis
Santos Reyes Cruz Bautista Ocampo Mendoza Villanueva Aquino Cruz Ramos Castillo Soriano
Okafor Okonkwo Okeke Eze Nwosu Obi Adeyemi Adebayo Ogunleye Olawale Balogun Abubakar Musa
Mensah Boateng Owusu Asante Osei Agyeman Appiah Addo Darko Nkosi Dlamini Ndlovu Mokoena Khumalo
Mahlangu Sithole Mthembu Nkomo Kamau Otieno Mwangi Njoroge Ochieng Kiprop Wanjiku Mutua Tesfaye
Bekele Girma Haile Tadesse Alemu
Silva Santos Oliveira Souza Sousa Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins
Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade Moreira Nunes
Marques Machado Mendes Freitas Cardoso Ramos Goncalves Teixeira Correia Pinto Monteiro Azevedo
Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov
Alekseev Lebedev Semenov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev Makarov Zaitsev
Ivanova Smirnova Kuznetsova Popova Petrova Sokolova Novikova Morozova Volkova Lebedeva Kozlova
Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk Melnyk Boyko Kovalchuk Savchenko
Cohen Levi Levy Mizrahi Peretz Biton Friedman Katz Azoulay Avraham Shapiro Goldberg Rosenberg
Papadopoulos Papadakis Georgiou Nikolaou Oikonomou Pappas Vlachos Dimitriou Konstantinou
`);
