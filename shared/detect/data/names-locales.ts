/**
 * Given names and surnames of fifty locales beyond the hand-written lists: the person-name
 * definitions of @faker-js/faker 9.9.0 (MIT licence, "Faker - Copyright (c) 2022-2025", see
 * https://github.com/faker-js/faker), whose locale files are compiled from the national name
 * statistics of each country, in Latin, Cyrillic, Greek, Arabic and Hebrew script: af_ZA ar az
 * cs_CZ da de de_AT de_CH el en en_AU en_CA en_GB en_GH en_IE en_IN en_NG en_ZA es es_MX fa fi fr
 * fr_BE fr_CA fr_CH he hr hu id_ID it lv mk nb_NO nl nl_BE pl pt_BR pt_PT ro ru sk sr_RS_latin sv
 * tr uk uz_UZ_latin vi yo_NG zu_ZA. The surnames also hold the common US surnames of the US
 * Census Bureau's 2010 "Frequently Occurring Surnames" (its first thousand) that were missing.
 *
 * Only names the other lists lack as either kind were taken (a hand-written given name does not
 * become a surname here), and left out were: names under four letters; names that are lower-case
 * words of the American or British English word lists (Debian's wamerican and wbritish: "summer",
 * "hope", "will"); and names that are already a city, a gender value, a month, a health, Art. 9
 * or criminal term, a name particle or one of NAMES_THAT_ARE_WORDS, so that no other vocabulary
 * changes meaning. Names that are everyday words only in other
 * languages were not filtered: a column of them is rare, and one such cell decides nothing.
 */
import { words } from './words';

export const GIVEN_NAMES_LOCALES = words(`
Aadi Aadidev Aadinath Aaditya Aadrika Aagam Aagney Aagneya Aaliyah Aalok Aaltje Aamod Aanand Aanandaswarup
Aanandinii Aanjaneya Aanuoluwapo Aaratrika Aarya Aaryan Aasa Aasha Aashritha Aatmaj Aatmaja Aatreya
Aayushmaan Aayushman Abaco Abadon Abagail Abak Abaka Abakan Abakay Abani Abar Abay Abayomi Abbas Abbie
Abbigail Abbondanza Abbondanzio Abbondio Abbos Abby Abdel Abdellah Abderrahmane Abdiel Abdon Abdone Abdonie
Abdou Abdoul Abdoulaye Abdourahmane Abdramane Abdulahad Abdulazim Abdulaziz Abdulboriy Abdulhafiz Abdulhakim
Abdulhay Abdulholiq Abduljabbor Abduljalil Abdulkarim Abdulla Abdullatif Abdulmalik Abdulqahhor Abdulqodir
Abdulvahhob Abdulvali Abdulvohid Abdurrahiym Abdurrahmon Abdurrauf Abdurrazzoq Abdussamad Abebi Abeiku
Abelard Abelardo Abele Abelin Abeline Abendam Abeni Abenzio Abhaidev Abhaya Abhirath Abhisyanta Abibo Abidin
Abigaël Abigaelle Abigale Abigayle Abigél Abimbola Abiola Abiona Abisola Abisoye Abılay Abluç Abner Abondance
Abosede Aboubacar Aboubakar Abraham Abramio Abramo Absalon Abşar Absolon Abyasa Acace Acacie Acacio Acanthe
Acar Acario Acaryatanaya Accursio Açela Açelya Achaire Achalesvara Acharyanandana Acharyasuta Achil Achiles
Achim Achintya Achraf Achyut Acilia Acilio Aćim Aciscolo Açığ Açık Açılay Acrisio Açuk Acun Adah Adalan
Adalard Adalardo Adalbald Adalbaude Adalbéron Adalbert Adalberta Adalberto Adaldı Adalfredo Adalgisa Adalgiso
Adaline Adalmış Adalric Adalrico Adalsinde Adama Adame Adamo Adan Adar Adaş Adaugo Adberilgen Addie
Addolorata Adea Adebankole Adebiyi Adebola Adebowale Adeboye Adebukola Adedaramola Adedayo Adedeji Adedoyin
Adegoke Adegrin Adegrine Adekitan Adekola Adekunle Adéla Adelaida Adélaïde Adelajda Adelardo Adelasia
Adelbert Adelberto Adelchi Adeleke Adelfo Adelgardo Adelia Adélie Adelin Adelina Adeline Adeliya Adell Adella
Adelle Adelmo Adelphe Adeltrude Adelya Adem Aden Adenet Adenike Adeniyi Adéodat Adeodato Adeola Adeolu Adeoti
Adepeju Aderopo Adesewa Adeshina Adesoji Adesua Adetayo Adetoke Adetoun Adeyi Adheesh Adhémar Adhiarja
Adhiraj Adhrit Adiarja Adib Adiba Adigun Adika Adikara Adikavi Adil Adile Adin Adina Adinata Adinath Aditeya
Adityanandan Adityanandana Adıgüzel Adık Adıkutlu Adıkutlutaş Adja Adjutor Adlı Adlıbeğ Adnân Adolf Adolfa
Adolfína Adolfo Ādolfs Adolph Adolphe Adolphie Adolphus Adone Adonis Adonise Adrain Adraman Adrastée
Adrehilde Adria Adriaan Adrianna Adriano Adriel Adriena Adrienne Adrijana Adrione Adripathi Adsız Adunni
Advaya Adwitiya Afaq Afəl Afərim Afət Affan Afia Afitap Afolarin Afonso Afra Afro Afruza Afşar Afşın Afton
Afzuna Ağabay Agabio Agâh Ağakağan Ağalak Agamennone Agapet Agapito Agasti Agastya Agatha Agathange Agathon
Agaton Agazio Ağça Agenore Agesilao Agilbert Agilberte Aglae Aglaia Aglaja Ağlamış Agnan Agnane Agneflète
Agnesa Agnese Agneya Agnimitra Agniprava Agnivesh Agnos Agostina Agostino Agrata Agripina Agrippa Agrippin
Agrippine Agrypina Agustina Ahalya Ahenk Ahilya Ahlem Ahror Ahsen Aiace Aida Aidan Aidano Aiden Aidə Aileen
Aimable Aimé Aimee Aimone Aïna Ainārs Aishani Aïssa Aïssata Aissatou Aisyah Aiyana Ajala Ajan Ajana Ajani
Ajeet Ajeng Ajiman Ajimat Ajimin Ajiono Ajit Ajla Ajlin Ajna Ajoke Akalp Akande Akanmu Akanni Akarsana Akaş
Akata Akbaş Akbatur Akbay Akboğa Akbörü Akbudak Akbuğra Akbulak Akça Akçakoca Akçora Akdemir Akdoğan Akeem
Akif Akifa Akinkunmi Akinlabi Akinwale Akıbudak Akım Akınçı Akıner Akkun Akkunlu Akkurt Akkuş Akmal Akofa
Akorfa Akos Akosua Akpıra Akram Akroor Akshainie Akshaj Akshat Akshata Akshayakeerti Akshita Aksil Aksungur
Aktan Aktekin Aktimur Akula Akumaa Akunna Akvelīna Akwasi Akwesi Alaba Alaban Alabörü Aladağ Alade Aladino
Aladoğan Alaina Alaine Alaïs Alakurt Alamanno Alambana Alamu Alana Alanis Alanna Alano Alara Alarico Alassane
Alayna Alayunt Alayuntlu Alban Albane Albano Albena Albérade Albéric Alberico Alberta Alberte Albertha
Albertina Albertine Albertýna Albína Alboino Albrico Alceo Alceste Alcibiade Alcide Alcidie Alcime Alcina
Alcine Alcino Alcyone Alda Aldegonde Aldemir Alden Aldıgerey Aldobrando Aldoğan Aldonce Aldric Alea Aleandro
Aleardo Aleaume Alec Aleen Alejandra Alejandrin Alek Aleksa Aleksandar Aleksej Aleksy Alemka Alen Alena Alene
Alenia Alenka Aleodor Aleramo Aleška Alessa Aleth Aletha Alexa Alexandr Alexandra Alexandrea Alexandria
Alexandrina Alexandrine Alexandro Alexandros Alexandru Alexane Alexanne Alexe Alexej Alexia Alexie Alexine
Alexys Alexzander Aleya Aleyna Alfio Alfons Alfonsa Alfonz Alfonzo Alford Alfréda Alfrēds Aļģirds Aļģis
Algiso Algu Alia Alica Alican Alida Aliénor Aliette Alighiero Alika Alima Alin Aliou Alis Alişan Alisha
Alisher Alişir Alissa Alissia Alistair Alistar Alivia Alix Alixe Aliya Aliyah Alíz Aliza Alize Alizee Alımga
Aljoša Alka Alkabölük Alkaevli Alkan Alkaşı Alkış Allegra Allene Alliaume Allie Allison Almerigo Almila
Almine Almira Almire Almiro Alois Aloïse Aloisie Aloisio Aloīzs Alojz Alojza Alojzije Alok Alon Alonzo Aloys
Aloyse Alpagut Alpamış Alparsbeğ Alparslan Alpata Alpay Alpaya Alpaykağan Alpbamsı Alpbilge Alpdirek Alpdoğan
Alper Alperen Alpertunga Alpgerey Alphan Alphée Alphonse Alphonsine Alphonso Alpike Alpilig Alpinien Alpış
Alpkara Alpkülük Alpkutlu Alpşalçı Alptegin Alptuğrul Alptunga Alpturan Alptutuk Alpuluğ Alpurungu
Alpurungututuk Alpyörük Alsu Altan Altankağan Altankan Altay Altea Altemur Althea Althée Altın Altınkağan
Altınkan Altınoba Altıntamgan Altıntamgantarkan Altıntarkan Altıntay Altmışkara Alton Altuga Alvah Alvar
Alvena Alvera Alverède Alverta Alviero Alvin Alvina Alvīne Alvis Alvise Alwar Alya Alyah Alyce Alycia Alysa
Alysha Alyson Alyssa Alyssia Alysson Alžběta Amabela Amabile Amaç Amadea Amadeo Amadeus Amadou Amaël Amahle
Amalia Amaliane Amalija Amalric Amalthée Amand Amande Amandin Amandine Amando Amani Amant Amante Amanzio Amar
Amaranaath Amarande Amaranthe Amaranto Amaresh Amari Amarnath Amát Amáta Amatore Amauri Amaury Amaya Ambar
Ambra Ambrine Ambrogio Ambroise Ambroisie Ambrose Ambrosiano Ambrož Ambroży Amea Amédée Amedeo Amedeu Amel
Améliane Amélien Ameline Amelio Amely Amelya America Americo Amerigo Améthyste Ameyatma Amicie Amico Amie
Amiel Amilcare Amin Aminat Aminata Amine Aminte Amintore Aminu Amira Amish Amiya Amleto Ammâr Amodini Amogh
Amoke Amon Amone Amope Amore Amos Ampelio Amra Amrak Amrit Amrita Amritambu Amul Amya Amza Anaadi Anabel
Anabela Anabelle Anacleto Anae Anaël Anaëlle Anagh Anahi Anahita Anaida Anala Anamaria Anamarija Anamika
Anand Ananda Anandamayi Anang Ananta Anar Anas Anasooya Anass Anastacio Anastase Anastasie Anastasija
Anastasije Anastáz Anastázia Anastázie Anastazija Anasuya Anatázie Anatol Anatole Anatolia Anatolie Anca
Ancelin Anceline Anci Ancica Ancilla Ançuk Ancuța Anda Andaç Andarıman Anděl Anděla Anđelika Andělín Andělína
Andelko Andelo Andéol Andi Andjelina Andoche Andra Andrada Andras Andreane Andreanne Andrée Andreea Andrej
Andreja Andri Andrija Andrijana Andrin Andrina Andris Andro Andromeda Andy Andžejs Andżelika Andžs Anej Anele
Anemona Anes Anesa Anette Anežka Angadrême Ange Angèle Angelina Angeline Angelique Angelita Anggabaya Anggun
Anghel Anghelina Angie Angilbe Angilberte Angilran Angoustan Angus Ania Anibal Anica Anicée Anicet Aniceto
Anicette Aniello Anik Anika Anila Anilaabh Anilabh Anina Anis Anish Anișoara Anissa Aniya Aniyah Anjaneya
Anjolaoluwa Anjushree Anjushri Anka Ankal Anko Annabel Annabell Annabella Annabelle Annaëlle Annagrazia
Annalena Annalise Annamae Annamaria Annamarie Annapurna Anne-Laure Anne-Marie Anne-Sophie Annelie Annemijn
Annetta Annibal Annibale Annonciade Annunziata Anny Anom Anora Anouar Anouck Anrijs Ansaldo Ansbert Ansberte
Ansel Anselm Anselma Anselme Anselmo Ansgar Ansgary Anshula Anšlavs Ansley Ansovino Anstrudie Antal Antea
Antek Antelmo Anthelme Anthelmette Antide Antigone Antim Antimo Antino Antioco Antoaneta Antoinette Antone
Antonela Antonello Antonetta Antonette Antonie Antonija Antonín Antonine Antoniu Antun Antwan Antwon Anuar
Anuja Anunay Anuraag Anurag Anusuya Anuța Anvar Anwesha Anya Apak Apatarkan Aphélie Apolena Apollina
Apollinaire Apollinare Apollinary Apolline Apollo Apollonia Appia Appoline Aprançur Apsara Apuleio Aqil
Aquilin Aquilino Arabela Arabella Arabelle Araboğa Araceli Aracely Arademir Aral Araldo Aram Aranka Aras
Aratone Arbay Arbuz Arcadie Arcadio Archambaud Archan Archange Archibald Archimede Archippo Arcibaldo Arçuk
Arda Ardella Arden Ardith Ardito Ardıç Arduino Arely Aren Aresio Areta Argelia Argimiro Argine Argıl Argo
Argono Argu Argun Ariadna Arialdo Arian Ariana Ariane Ariberto Aric Aricie Ariela Ariele Arielle Arif Arij
Ārija Ārijs Arike Arina Arindam Arinola Arion Ariosto Aris Arisa Aristarco Ariste Aristeo Aristid Aristide
Aristione Aristița Aristo Aristofane Aristotele Arıboğa Arık Arıkağan Arıkdoruk Arın Arınç Arkád Arkādijs
Arkady Arkın Arkış Arlene Arleta Arlette Arlie Armağan Arman Armance Armand Armande Armandine Armani Armel
Armeline Armelle Armida Armide Armine Arminio Armīns Arna Arnaç Arnaldo Arnaude Arnesh Arno Arnolda Arnoldo
Arnošt Arnoštka Arnould Arnulfo Arolde Áron Aronne Arpád Arpat Arrigo Arsal Arsen Arsène Arsènie Arsenije
Arseniusz Arsinoé Arsipatra Arsıl Arslanargun Arslanbörü Arslansungur Arslantegin Arslanyabgu Arslon Arşun
Arta Artanto Artawan Artémis Artemisa Arthaud Arthème Arthurine Arthus Artıınal Arto Artuk Artukaç Artūrs
Artuš Artut Aruk Aruna Arunthavanathan Arved Arvel Arvīds Arvilla Arwa Arwen Arya Aryan Aryanna Arystarch
Arzen Asad Asadulloh Asake Asal Aşan Aşanboğa Aşantudun Aşantuğrul Asartegin Ascanio Ascelin Asceline
Asdrubale Asel Asella Ashlee Ashleigh Ashlesh Ashly Ashlynn Ashok Ashton Ashtyn Asia Asija Asil Asila Asilbek
Asimodeo Asirwada Asirwanda Asiya Asığ Aşıkbulmuş Asım Asja Aşkın Aslesha Aslijan Asliya Aslım Asmaa Asmadi
Asman Asmianto Asmuni Asolat Asrı Assa Assetou Assia Assil Assomption Assunto Assya Aştaloğul Astarté Astérie
Asterio Astianatte Astou Astrée Astrida Asuela Asuğ Aşuk Aswani Asya Ataç Atakağan Atakan Atalan Atalay
Ataldı Ataleo Atalmış Ataman Atanas Atanasia Atanasio Atanázie Atanazy Atasagun Atasu Atâullah Atberilgen
Atena Athalie Athanase Athanasie Athena Athénaïs Athina Athos Atila Atilla Atinuke Atıf Atıgay Atıkutlu
Atıkutlutaş Atılgan Atım Atımer Atış Atlı Atlıbeğ Atlıkağan Atma Atmaca Atmaja Atmanand Atmananda Atreyee
Atreyi Atsız Attila Attilano Attilio Atunçu Aube Aubertine Auberto Aubin Aubree Aubrey Audace Aude Audebert
Audeline Audie Audouin Audra Audran Audreanne Augusta Auguste Augustin Augustina Augustine Augusto Augustýn
Augustýna Aulia Aure Áurea Aurel Aurèle Aurelia Aurelián Aureliana Aureliano Aurélienne Aurēlija Aurelio
Aurelle Aurian Auriane Aurica Auro Auron Aurore Ausilia Ausiliatrice Ausilio Austen Austyn Auxane Auxence
Avadhesh Avani Avantika Avar Avaz Aveline Averardo Avery Aviel Avigaëlle Avis Avital Avluç Avni Avoye Avram
Avşar Awero Awesi Axeline Axelle Axinte Ayaan Ayaçı Ayah Ayan Ayana Ayanda Ayas Ayaz Aybalta Ayban Aybars
Aybeğ Aydan Aydarkağan Aydemir Ayden Aydınalp Aydoğan Aydoğdu Aydoğmuş Ayebatari Ayem Aygırak Aygül Aygün
Ayhan Ayinde Ayinke Ayize Ayıtmış Ayız Ayızdağ Aykağan Aykal Aykan Aykurt Aykut Ayla Aylan Ayleen Aylin
Ayline Ayluç Ayluçtarkan Ayma Ayman Aymane Aymard Aymardine Aymen Aymeric Aymon Aymonde Aynur Ayodeji Ayoka
Ayomide Ayomikun Ayotude Ayoub Ayren Ayruk Aysar Ayşıl Aysılığ Aytaç Aytak Aytekin Aytən Aytuğ Ayushmati
Ayvaz Ayyıldız Azak Azalée Azamat Azban Azeglio Azelia Azélie Azeline Azelio Azer Azgan Azganaz Aziza Azizhan
Azıl Azmi Azra Azubuike Azzurra Baaba Baala Baalaaditya Baalagopaal Babacan Babasola Babatunji Babawale
Babeta Babette Babila Babır Babur Baçara Baççayman Bacco Baçman Badabul Badis Badr Badruk Badur Bafana Bafode
Bağa Bağaalp Bağaışbara Bağan Bagas Bağaşatulu Bağatarkan Bağatengrikağan Bağatur Bağaturçigşi Bağaturgerey
Bağaturipi Bağatursepi Bağdagül Bagiya Bağış Bağtaş Bagus Bagya Baha Bahadır Bahar Bahia Bahodir Bahri
Bahriddin Bahrom Bahtiyar Bahula Bahuraksa Bahuwarna Bahuwirya Baidehi Baijayanti Bailee Bajragin Bakağul
Bakary Bakda Bakhtiyor Bâki Bakiadi Bakianto Bakidin Bakijan Bakiman Bakiono Bakır Bakırsokum Baksı Bakti
Baktiadi Baktianto Baktiono Bakula Bala Balaaditya Balaban Balachandra Baladitya Balagopal Balagovind Balaka
Balakatay Balamani Balamantri Balamır Balangga Balapati Balázs Balçar Baldassarre Balderico Baldo Baldomero
Baldovino Baldu Baldwin Balgopal Balidin Balijan Bálint Balın Balkık Balta Baltacı Baltar Baltazar Balthazar
Baltır Baltur Bambang Bambina Bamsı Banara Banawa Banawi Bancar Bandhu Bandhul Bănel Bangizwe Bangu Banji
Bankim Bankimchandra Bankole Banu Baņuta Bara Barak Baraktöre Bārbala Barbarigo Barbe Barbeğ Barboğa Barbol
Barbora Barbu Barbulsun Barça Barçadoğdu Barçadoğmuş Barçadurdu Barçadurmuş Barçan Barçatoyun Barchinoy
Bardıbay Bardo Bardomiano Bargan Barica Barımtay Barın Barkan Barkdoğdu Barkdoğmuş Barkdurdu Barkdurmuş
Barkın Barlas Barlıbay Barmaklak Barmaklı Barnaba Barnabáš Barnabé Barno Barrett Barsaba Barsbeğ Barsboğa
Barsgan Barsimeo Barskan Barsurungu Barthélemy Bartholome Bartimée Bartolo Bartolomea Bartoloměj Bartolomeo
Bartolomeu Barton Bartu Basademir Başak Basan Basanti Basanyalavaç Basar Basarab Basat Başbuğ Başçı Başgan
Basileo Basilia Basilio Basilisse Baskın Başkırt Başkurt Basma Basmıl Bassiano Bassilla Baştar Bastian
Bastiano Bastien Bastı Bastuğrul Basu Basut Bathilde Batilda Batrak Battal Battista Batu Batuhan Batuk Batur
Baturalp Baudouin Baya Bayançar Bayankağan Bayat Bayazıt Baybars Baybayık Baybiçen Bayboğa Baybora Baybüre
Baydar Baydemir Baydur Bayık Bayınçur Bayındır Baykal Baykara Baykoca Baykuzu Baylee Baymünke Bayna Baynal
Baypüre Bayraç Bayrak Bayram Bayrı Bayrın Bayruk Baysungur Baytara Baytaş Bayunçur Bayur Bayurku Bayutmuş
Bayuttu Bazil Bazır Bazyli Beato Beatrix Beatrycze Beatus Beaulah Bebe Beçeapa Beçkem Becky Bedir Bedirhan
Bediz Bedran Bedreddin Bedri Bedřich Bedřiška Beğarslan Beğbars Beğbilgeçikşin Beğboğa Beğçur Beğdemir
Beğdilli Beğdurmuş Begi Begil Begine Begitutuk Beğkulu Beglen Begni Begoyim Beğtaş Beğtegin Beğtüzün Behçet
Behiç Behlül Behram Behrem Behruz Behzat Bekazıl Bekbekeç Bekeç Bekeçarslan Bekeçarslantegin Bekeçtegin Beker
Bekir Beklemiş Bekmurod Bektaş Bektür Bela Belçim Belçir Belek Belemir Belgi Belgüc Belimir Belina Belinda
Bella Bellino Belma Belo Beltir Beltramo Beltun Beňadik Bence Bende Bendegúz Benedek Benedetto Benedict
Bénédicte Benedikta Benedita Benedykt Benett Bengi Bengü Beniamin Beniamina Benice Benício Benigna Bénigne
Benigno Benja Benjamim Benli Benlidemir Bennet Bennie Benno Benny Benone Benthe Bentley Benton Benvenuta
Benvenuto Benyamin Bera Béranger Bérangère Bérard Berardo Berat Berceste Berçin Berdibeğ Berendey Berengario
Berenice Berenika Berginsenge Bergü Berinay Berislav Berk Berkan Berkay Berke Berkin Berkiş Berkyaruk Bermek
Bernadetta Bernadette Bernadine Bernarda Bernardo Berneice Bernice Bernie Berniece Bernita Beronico Berran
Berre Berta Bertalan Bertha Berthe Berti Bertille Bertold Bertolda Bertoldo Bertolfo Berva Besentegin Beşer
Besim Beşir Besra Bessie Betania Betemir Beth Bethany Bethel Betina Betsy Betta Bette Bettie Bettina Bettye
Beulah Beuve Beya Beyizçi Beyrek Beyrem Bəhram Bəhruz Bəxtiyar Bəyaz Bhaanumati Bhaasvan Bhaaswar Bhadra
Bhadrak Bhadraksh Bhadran Bhagavaan Bhagirathi Bhagvan Bhagwanti Bhagwati Bhamini Bhanumati Bharadwaj Bharat
Bhardwaj Bhargava Bhargavi Bhasvan Bhaswar Bhaumik Bhavani Bhaves Bheeshma Bhekimuzi Bhekizizwe Bhekumbuso
Bhilangana Bhima Bhisham Bhishma Bhoj Bhoopat Bhoopati Bhooshan Bhooshit Bhramar Bhudev Bhudeva Bhupati
Bhupen Bhushan Bhushit Bhuvanesh Bhuvaneshwar Biagio Bianka Bibi Bibiana Bibianna Bibiano Bíborka Bice Biçek
Bigna Bilel Bilgebayunçur Bilgebeğ Bilgeçikşin Bilgeışbara Bilgeışbaratamgan Bilgekağan Bilgekan Bilgekülüçur
Bilgekutluk Bilgetaçam Bilgetamgacı Bilgetardu Bilgetegin Bilgetonyukuk Bilgez Bilgiç Bilgin Bilig
Biligköngülsengün Bilik Biljana Billie Billurə Bilol Bilva Bilwa Binafsha Binbeği Bindir Bindo Bino Binta
Bintou Birgita Birgitte Birino Birjesh Birol Bisenija Biserka Bishnu Bivoj Bıçkı Bıçkıcı Bıdın Bıtaybıkı
Bıtrı Blagica Blagoje Blahomil Blahomila Blahomír Blahomíra Blahoslav Blahoslava Blair Blaise Blake Blanche
Blandine Blanduzia Blanka Blažena Boaz Boban Bobana Bobbi Bobbie Bobur Bodhan Bodhi Bodi Boet Boğaç Boğaçuk
Bogdana Bögde Böge Boglárka Bogoljub Bögü Bohdan Bohdana Bohémond Bohuchval Bohumil Bohumila Bohumír Bohumíra
Bohun Bohuna Bohuš Bohuše Bohuslav Bohuslava Bojan Bojana Bojislava Bökde Böke Bolatito Boldaz Boldizsár
Bolemír Bölen Boleslav Boleslava Boļeslavs Bolmuş Bolsun Bölükbaşı Bolun Boluwatife Bonagiunta Bonaldo
Bonaventura Bonavita Boncuk Bönek Bönge Bonginkosi Bongul Bongulboğa Bonifác Boniface Bonifacio Bonita Bora
Boran Borbála Borçul Borek Boris Borislav Borislava Bořivoj Borivoje Borjan Borka Borko Borlukçu Borna Bornak
Boróka Börteçine Bortolo Börü Börübars Börüsengün Borys Bosiljka Boško Botir Botond Boubacar Boubou Bouchard
Bouchra Bowie Boyan Boyankulu Boylabağa Boylabağatarkan Boylakutlutarkan Boža Bozan Bozbörü Bozdoğan Božetěch
Božetěcha Božica Božidar Božidara Božislav Bozkurt Bozkuş Bozok Braden Bradly Brăduț Brady Braeden Brahim
Brahma Brahmaanand Brahmabrata Brahmanandam Brahmdev Brajan Brájen Brajendra Brajesh Brancaleone Brandi
Brando Brândușa Brandyn Branimír Branimíra Branislav Branislava Branka Brankica Branko Brannon Branson Brant
Bratislav Bratislava Braulio Braxton Brayan Breana Breanna Breanne Brendan Brenden Brendon Brenn Brenna
Brennan Brennon Breno Brent Bret Břetislav Břetislava Brett Bria Briac Briana Brianne Brice Bridget Bridgette
Bridie Brielle Brieuc Brigida Brigita Brigitta Brijesh Brionna Brisa Brit Brita Britney Brock Broderick Brody
Bronislav Bronislava Broņislavs Brooke Brune Brunehaut Brunehilde Brunhilda Brunilde Bruto Bryana Bryce
Brycen Brygida Bryon Buçan Buchi Bucur Budağ Budak Buddhana Budhil Budimír Budislav Budivoj Budunlu Büdüs
Büdüstudun Buford Buğday Bügdüz Bügdüzemen Büge Buğra Buğrakarakağan Bügü Büğübilge Buhle Bukak Bukaktutuk
Bükdüz Büke Bükebuyraç Bükebuyruç Bükey Bukola Büktegin Büküşboğa Bulaçapan Bulah Bulak Bulan Buldur Bülent
Bulgak Bulmaz Bulmuş Buluç Buluğ Buluk Buluş Bulut Bümen Bumın Bunmi Bunsuz Bünül Bünyamin Burçak Burdette
Büre Burguçan Bürgüt Burhan Burhon Burkay Bürkek Bürküt Burley Bürlük Burnice Burslan Burulday Burulgu
Burunduk Busayo Busisiwe Buşulgan Butak Butuk Buyan Buyançuk Buyandemir Buyankara Buyat Buyraç Buyruç Buyruk
Buzaç Buzaçtutuk Byron Bystrík Çaba Çabdar Çablı Çabuş Cade Caden Caesar Caetana Cafer Cagak Çağan Çağatay
Çağdaş Cager Çağıl Çağla Çağlar Çağlayan Çağrı Çağrıbeğ Çağrıhan Çağrıtegin Çağru Cahid Cahya Cahyadi
Cahyanto Cahyo Cahyono Caino Caio Caitlin Caitlyn Caius Caket Cakrabirawa Cakrabuana Cakrajiya Cakrawala
Cakrawangsa Calanico Çalapkulu Calcedonio Cale Calebe Caleigh Cali Călin Calista Calixte Callie Callisto
Calogera Calogero Calpurnia Calvin Camden Camelia Camélien Camil Camilia Camillien Camillo Camren Camron
Camryn Camylle Canalp Candace Cândar Candelario Candice Candida Candide Candido Candra Candrakanta Canel
Caner Cangül Cankan Çankız Cannur Cansel Cansın Cansu Cantemir Cantidio Canziano Capa Capitolina Capucine
Cara Caraka Carey Caribert Caridad Carine Carissa Carlee Carles Carleton Carley Carli Carlie Carlijn Carloman
Carlton Carmel Carmella Carmelo Carmina Carminho Carmo Čarna Carola Carolanne Carole Carolin Carolina
Carolyne Caronte Carponio Carrie Carson Carub Cary Casandra Casey Casian Casiana Casilda Casimer Casimir
Casimira Casimiro Časlav Caspar Cassandra Cassandre Cassiano Cassidy Cassie Cassien Cassio Cassiopea
Cassiopee Castille Casto Cataldo Cataleya Cătălin Catarina Catena Catharine Cathrine Cathryn Cathy Catinca
Cato Catrin Catrina Catrinel Catullo Catur Caturangga Cauã Cavid Cawisadi Cawisono Cawuk Cayadi Cayla Cazimir
Ceasar Cebe Ceca Cecco Cecelia Cecep Cecil Cecile Cecilio Cecylia Cecyliusz Čedomir Cedrick Cedrik Cedrin
Celal Celâleddin Celasun Çelen Céleste Celestin Celestina Celestine Celestino Celestýn Celestýna Celian Celie
Célien Celil Celinia Celso Cemal Cemali Cemani Çemen Cemeti Çemgen Cemil Cemplunk Čeněk Cengkal Cengkir Cenk
Čeňka Cerasela Ceren Césaire Cesario Çeşminaz Čestmír Čestmíra Çetinel Çetiner Cevahir Cevat Ceyda Ceyhun
Çeykün Ceyla Ceylan Ceylin Ceylinaz Cézar Cezara Cezmi Chaanakya Chaaruchandra Chadd Chadrick Chahine
Chahinez Chaï Chaim Chaïma Chaitan Chakor Chakradhar Chakravartee Chakravarti Chakrika Chanakya Chanda
Chandak Chandan Chandani Chandi Chandini Chandira Chandni Chandra Chandraayan Chandrabhaga Chandrabhan
Chandradev Chandrakala Chandraketu Chandrakin Chandramani Chandramauli Chandramohan Chandran Chandranath
Chandrani Chandraprabha Chandraswaroopa Chandravati Chanel Chanelle Chapal Chapala Charak Charl Charlaine
Charleen Charlemagne Charley Charli Charline Charlize Charlotta Charly Charuchandra Charumati Charuvrat
Charvi Chasity Chaten Chatur Chatura Chaturaanan Chaturbhuj Chauncey Chaya Chayenne Chayma Chaz Cheick
Cheick-Oumar Cheikh Chelsey Chelsie Cherechi Cherubino Chesley Chet Chetan Chetanaanand Cheyanne Cheyenne
Chiaffredo Chiamaka Chidaakaash Chidaatma Chidambar Chidambaram Chidananda Childebert Chilpéric Chimamanda
Chinmayanand Chinmayananda Chinyere Chiranjeev Chiranjeeve Chirine Chisom Chitraksh Chitrali Chitramala
Chitrangada Chizoba Chrabroš Chraniboj Chranibor Chranislav Chranislava Chris Christ Christelle Christiaan
Christiana Christiano Christie Christin Christodule Christop Christoph Christy Chrudoš Chrysole Chrysostome
Chukwu Chval Chyna Ciaobella Ciara Çiçek Çiçem Cicero Cici Cielo Cierra Çiğdem Cihad Cihan Cihangir Cihanşah
Çilay Çilenti Çiler Cilvenaz Çimen Cindy Cino Cinta Cinthia Cinzia Ciprian Cipriana Cipriano Cirano Ciriaco
Cirilla Cirino Çise Çişem Çisil Čistoslav Čistoslava Citlalli Citra Civan Çıgıl Cılasun Çıngır Claas Clair
Clarabelle Clare Clarence Clarenzio Clarisa Clarissa Clarisse Claud Claudie Claudien Claudine Claudiu Clayton
Clea Cléandre Cleandro Clelia Clélie Clémence Clemens Clementina Clementine Clemenzia Clemmie Cleo Cleofe
Cleonico Cleopatra Cleophee Cleora Cléry Cleta Cletus Cleve Clifford Clifton Climaco Clinio Clint Clinton
Clio Clodomiro Clodoveo Cloe Clorinda Clotaire Clothilde Clotilde Clovis Cloyd Clyde Çobulmak Coby Coco
Çocukbörü Codin Codrin Codrina Codruț Codruța Cody Cointa Çokramayul Colby Coline Colins Collien Collin
Çolman Colmanno Colmazio Colomba Colombano Colombe Çolpan Colten Colton Çölü Concetto Conchita Concordio
Conner Conor Conrad Consolata Constança Constance Constanța Constantin Constantina Consuela Cora Coralia
Coralie Coraline Corbin Corbiniano Cordelia Cordell Cordia Cordie Corene Coreno Corentin Corentine Corey
Corina Corine Corinna Coriolano Cornel Cornelio Corneliu Cornelius Cornell Coronato Corrado Corrine Cortez
Cortney Corto Corvin Cory Cosima Coşkun Coşkuner Cosma Cosmin Cosmina Costache Costante Costantino Costanza
Costanzo Costel Costin Coty Coumba Cremenzio Crenguța Creola Crescente Crescenzia Crescenzio Crespignano Crin
Crina Crispino Cristal Cristaldo Cristea Cristofor Cristoforo Cristopher Crocefissa Crocefisso Cronida
Crystel Csaba Csanád Csenge Csongor Ctibor Ctibora Ctirad Ctirada Ctislav Ctislava Cübeyr Cullen Cumhur
Cunegonda Cüneyt Cuniberto Cupido Curtis Cuzia Cvijan Cvijetin Cydney Cyntie Cyprián Cyprien Cyra Cyrian
Cyriaque Cyrielle Cyril Cyrila Cyrille Cyrine Cyrus Cyryl Daantje Dabiživ Dacian Daciana Daciano Dacin Dacio
Dada Dadap Dadi Daevi Daevika Dafina Dafne Dagel Dağhan Dagmara Dagoberto Dāgs Daiana Daija Dainuvīte Daisha
Daiwik Dajana Dakota Daksha Dakshayani Daley Dalia Dalibor Dalibora Daliborka Dalida Dalie Dalila Dalima
Daliman Dalimil Dalimila Dalimin Dalimír Dalimíra Daliono Dalla Dallin Dalmazio Dalton Damar Damaris Damaso
Damayanti Dameon Damiana Damiano Damife Damil Damilare Damilola Damin Damion Damir Damjan Damjanka Damla
Damocle Damodara Damola Damon Damu Dana Danae Danang Dandak Dandapaani Dandre Dane Dangelo Dani Dania Danial
Danica Daniella Danijel Danijela Danika Danila Danilo Danio Danique Daniswara Danjuma Danka Danko Dannie
Danny Dante Danu Danuja Danuše Dany Danyka Danyl Daouda Daphnee Daphney Dara Darasimi Darby Darcy Darek Daren
Darian Dariana Dariati Darie Darien Darija Darijan Darimin Darin Darina Darine Darinka Darion Daris Darius
Darja Darla Darleen Darlene Darmaji Darman Darmana Darmanto Darnell Daron Darrel Darrell Darrick Darrin
Darrion Darron Darryl Darshan Darshwana Darsirah Dārta Dartono Daru Daruna Darwin Daryani Daryl Dasa Dashawn
Dasia Datta Dave Dâver Davey Davi Davida Dāvids Davin Davina Davino Davion Davon Davonte Davor Davorin
Davriya Davron Davud Davy Dayaamay Dayaananda Dayaanidhi Dayamayee Dayan Dayana Dayane Dayna Dayne Dayton
Deangelo Deanna Debbie Decebal Decimo Dedric Dedrick Deeksha Deen Deenabandhu Deepali Deepan Deepankar
Deependra Deepesh Deeptanshu Deeptendu Deeptiman Deeptimay Deeptimayee Deeptimoy Deeptimoyee Deevakar Defne
Degna Deion Deja Dejah Dejan Dejana Dejon Dejuan Delaney Delbert Delfina Delfino Delia Delie Delilah Delinda
Delizia Delmer Delores Delpha Delphia Delphin Delphine Demarco Demarcus Demario Demba Demet Demeter Demetra
Demetria Demetrio Demetris Demetrius Demetriusz Demi Demilade Demiralp Demirhan Democrito Demond Demostene
Dena Deneval Denisa Denisz Deniz Denizalp Denny Deodata Deodato Deon Deondre Deontae Deonte Děpold Dereck
Derick Derin Deron Derviş Desanka Desdemona Deshaun Deshawn Desiderato Desiderio Desimir Desiree Desmond
Despina Dessie Destan Destany Deste Destin Destinee Destiney Destini Dětmar Dětřich Devadatt Devagya
Devajyoti Devak Devan Devangana Devani Devante Devasree Devdan Deven Devesh Deveshwar Devi Devika Devin Devon
Devonte Devota Devran Devvrat Devyn Dewayne Dewey Dewitt Dexter Dexx Dezider Dəniz Dhaanyalakshmi Dhana
Dhanadeepa Dhanalakshmi Dhananjay Dhanapati Dhanesh Dhanpati Dhanu Dhanvin Dhara Dharani Dharitri Dharmaketu
Dhatri Dhruv Dhyanesh Dhyaneshwar Diah Diamante Dian Dianna Dianne Dianora Diar Diara Dicle Diclehan Dida
Didem Didimo Didina Diede Dieke Dieudonné Dieudonnée Digambar Digambara Digdaya Dijana Dikmen Diksha Dilafruz
Dilan Dilara Dilarə Dilaver Dilay Dilbar Dilberay Dildâr Dildora Diler Diletta Dilfuza Dilhan Dillan Dillon
Dilmurod Dilnoza Dilorom Dilrabo Dilruba Dimas Dimaz Dimitri Dimitrij Dimitrije Dimitrina Dinakar Dinç Dinçer
Dinda Dinis Dinkar Dinu Diocleziano Diodata Diodoro Diogene Diogo Diomede Dion Dione Dionigi Dionisia
Dionisio Dionizy Dionýz Dionýzos Dipa Dipali Dipankar Dipendra Dipesh Diptendu Direnç Diri Dirja Dita
Ditte-Marie Ditya Divaakar Divakar Diviš Diviška Divjot Divna Divo Dixie Diyor Diyora Dizik Djayden Djeneba
Djenna Djibril Dluhoš Dobrava Dobrila Dobromil Dobromila Dobromír Dobromíra Dobroslav Dobroslava Dochia Doda
Dodato Doğanay Doğaner Doğu Doina Dolunay Domagoj Domenic Domenica Domenick Domenik Domezio Dominick
Domitille Domiziano Domnica Donalda Donát Donáta Donatella Donatello Donato Donavon Döndü Donka Donnell
Donnie Donny Dono Dora Dorana Dorcas Đorđe Doreen Dorel Dorian Doriana Doriane Doriano Dorica Dorin Dorina
Dorine Dorinel Dorit Dorka Dorli Dorotea Doroteja Doroteo Dorothea Dorothée Dorottya Dorris Dortha Dorthy
Doru Doubrava Doubravka Douce Doug Dounia Douwe Dovie Dovud Doyinsola Draga Dragan Dragana Dragica Draginja
Dragiša Dragoje Dragojlo Dragoljub Dragoș Dragoslav Dragutin Drahomil Drahomila Drahomír Drahomíra Drahoň
Drahoš Drahoslav Drahoslava Drahotín Drahotína Drahuše Drahutin Drajat Draupadi Draža Dražen Dren Drina Driss
Dron Drona Druina Držimir Držislav Duane Duanne Duarte Dubravka Dubravko Duccio Duco Ducu Duduzile Duilio
Duje Dujo Dulari Dulce Dulcinea Dulina Dumisani Dumitra Dumitrana Dumitru Dündar Dunja Dünya Đura Đurađ
Durante Đurda Dürdane Durdona Durga Durgeshwari Đurica Durmuş Durodola Dürriye Duru Dururbunsuz Durward Dušan
Dušana Dušanka Dušica Duška Duško Dustin Duuk Duygu Dwaipayan Dwaipayana Dwayne Dwight Dyah Dylano Dyna Dzīle
Dzirkstīte E’zoza Earlene Earline Earnestine Easter Easton Eberardo Ebiere Ebin Ebiowei Ebkızı Ebren
Ebunoluwa Ebuzer Ecaterina Ecclesio Ecehan Ecem Ecevit Ecmel Ecrin Ecvet Edda Eddi Eddie Edelberga Eden Edgar
Edgard Edgardo Edgars Edhem Edil Edilberto Edison Edita Edīte Editta Ediz Edmée Edmond Edmondo Edmund Edna
Édouard Eduard Eduarda Eduards Edvarda Edvige Edvīns Edwardo Edwina Edyth Edythe Edžus Eefje Eekalabya Eero
Effie Efisio Efken Eflah Efraim Efrain Efrem Efren Efsun Eftalya Eftimia Eftimie Egemen Egeo Egidio Egīls
Eginardo Egisto Egizia Egle Egmont Egona Eğrim Eileen Einārs Eižens Ekaaksh Ekadant Ekaksh Ekalavya Ekaling
Ekaparnika Ekdant Ekeç Ekim Ekin Ekmel Ekow Ekrem Ekundayo Eladio Elaide Elaina Elaine Elakshi Elanur Elbek
Elbert Elçin Elda Eldon Eldor Eldora Eldred Eldridge Elea Eleanora Eleanore Eleazar Electa Elektra Elenor
Elenora Eleonore Elettra Eleuterio Éleuthère Elfrída Elfrieda Elgin Eliabeth Eliah Eliahou Elian Eliana
Eliane Eliano Eliasz Élie Eliel Eliette Eliezer Elifio Eligio Elija Elimena Elinor Elinore Elio Eliodoro
Elion Eliona Elior Eliot Eliott Elisabeta Elisabetta Elisaveta Elisea Élisée Eliseo Elisha Elísio Eliška
Elissa Elita Eliza Elizabet Elize Elizej Elizeus Elka Elkin Ellada Elle Ellie Elliot Ellsworth Elly Elma
Elmar Elmārs Elmas Elmer Elmira Elmo Elmore Elmurod Elna Elnarə Elnora Elnur Eloá Eloan Eloane Elodia Elody
Elogio Eloi Eloisa Eloise Elon Elona Elone Elora Elouan Elouise Eloy Elpidio Elroy Elsbeth Elta Elti Eluh
Elva Elvan Elvera Elvezio Elvia Elvie Elvin Elvina Elvino Elvire Elvis Elwin Elwira Elwyn Elya Elyanora Elyas
Elyes Elyne Elynn Elyor Elyse Elyssa Elza Élzéar Eman Emanoil Emanuel Emanuela Emanuelly Emanuil Emas Embuh
Emced Emel Emelia Émeline Emely Émérance Émérencie Émeric Emerich Emerson Emese Emidio Emie Emili Emilián
Emiliana Emiliano Emilien Emilija Emilijan Emīls Emin Emirhan Emmalee Emmanuel Emmanuelle Emmelie Emmely
Emmerico Emmet Emmett Emmie Emmitt Emmy Emna Emong Emory Empirio Empluk Emrah Emrullah Enakshi Endah Ender
Enderun Endra Endrigo Enea Enecone Enes Engelbert Engin Enguerrand Enid Enie Enimia Enio Eniola Enis Enise
Ennio Enno Enoch Enola Enora Enos Enrica Ensar Ensio Enteng Enver Enya Enyo Ephraim Épiphane Eracla Eraclide
Eraldo Eralp Erardo Erasmo Erast Eray Erazim Erazmus Erberk Erberto Erçin Ercolano Ercole Ercüment Erda Erdal
Erdem Erdeni Erdenikatun Erdeniözük Erdinç Erel Eremia Eren Erenia Erentüz Ergene Ergenekatun Ergin Ergün
Ergüner Erhan Erhard Eriberto Erick Ericka Erico Ēriks Erin Erinç Erine Erkâm Erkân Erke Erma Erman Ermanno
Ermelinda Ermen Ermenegarda Ermenegilda Ermenegildo Ermes Ermete Ermilo Erminia Erminio Ermīns Erna Ernest
Ernesta Ernestina Ernestine Ernie Erol Eron Eros Erşan Ersilia Ersin Ertan Erten Ertenözük Ertuğrul Ervín
Ervína Ervīns Erwan Erwann Erwin Eryn Esat Esaù Esen Esenbike Eser Esha Eshana Eshita Esin Esma Esmeralda
Esmeray Esmira Eşref Esse Essie Esta Estefania Estel Estell Estella Estelle Estera Esterina Estevan Estiawan
Estiono Estrella Esuperio Esupofo Eszter Etela Eterie Etha Ethann Ethel Ethelyn Ethem Ethyl Etienne Etil
Ettie Eubert Euclide Eudes Eudokia Eudoksja Eudora Eudoxe Eudoxie Eufebio Eufemia Eufemio Eufrasia Eufronio
Eufrosina Eufrozina Eugen Eugenie Eugenio Eugeniusz Eula Eulah Eulalia Eulálie Euna Eunice Eunika Euphrasie
Euridice Eurydice Eusèbe Eusebia Eusebie Eusebio Eusebiu Eusebius Euseo Eustache Eustațiu Eustorgio Eustosio
Eustracjusz Eutalia Eutalio Evald Evaldo Ēvalds Evalyn Evan Evandro Evangelina Evangeline Evanghelina Evann
Evarist Évariste Evaristo Evasio Evdokija Evelien Eveliina Evelin Eveline Evelyne Everardo Everett Everette
Evidio Evin Evodio Evran Évrard Evremondo Evren Evşen Evžen Evženie Ewald Ewan Ewatomi Ewell Ewen Ewenn Eyal
Eyiz Eylül Eymen Eyram Eyşan Eytan Eythan Eyüp Ezechiel Ezechiele Ezekiel Ezio Ezra Ezrak Əhməd Faas Fabia
Fabiána Fabiano Fabie Fabien Fabienne Fabijan Fabrícia Fabrício Fadekemi Faderera Fadi Fadime Fadıl Fady
Fahrettin Fahri Fahriddin Fahriye Fahrünissa Faik Faiq Faizah Falba Fâlih Famiano Famke Fanni Fannie Fanta
Fantin Fantine Fanyana Fara Farangiz Fardau Farhunnisa Farida Faris Farouk Farruh Faruk Fasih Fathonah Fatih
Fatim Fatimata Fatimə Fatin Fatoş Fatou Fatouma Fatoumata Faust Fausta Faustin Faustina Faustine Faustino
Faustýn Faustýna Favian Faya Faye Fayen Fayenne Faysal Fayzbek Fazilat Fazilet Fazio Fazıl Fazliddin Fazlı
Fazullah Féba Febe Febi Febriana Febrina Feda Fedai Fedde Fedele Fedor Fedro Fehime Fehintola Fehmi Felicián
Feliciano Felicie Felicien Felicita Felicitas Félicité Feliks Felina Felipa Felton Femm Fenja Fenne Ferah
Feramuş Feramuz Feray Ferda Ferdi Ferdinanda Ferdinando Ferdynanda Ferenc Ferhan Ferhat Feride Feridun Feriel
Feriha Ferit Ferman Fermiano Fermo Ferne Ferre Ferruccio Ferruh Feruza Feryel Festo Fevzi Feyyaz Feyza
Feyzullah Fərəh Fərqanə Fəxriyyə Fiacre Fiammetta Fibikemi Fidan Fidèle Fidelie Fidelius Fidenziano Fidenzio
Fieke Fien Fiene Fiep Fiete Figen Fiifi Fikayomi Fikret Fikri Fikriye Filemon Filibert Filiberto Filipa
Filipe Filippa Filiz Filofteia Filomen Filomeno Filotije Filou Finia Finja Finlay Finnja Finnley Fiodor Fionn
Fiordaliso Fiorella Fiorenza Fiorenziano Fiorenzo Firas Firdavs Firdevs Firmin Firuzə Fitrat Fitria Fitriani
Flaminia Flavia Flavián Flaviana Flaviano Flavie Flavien Flavio Flaviu Flavius Fleano Fleta Floare Floarea
Flodoard Floortje Flor Flore Florea Florencia Florencio Florencja Florent Florența Florentin Florentina
Florentine Florentýn Florentýna Florestan Floriana Floriane Floriano Florica Florida Floridia Florie Florina
Florine Flossie Floy Floyd Flurin Flurina Flynn Foca Fode FolaFoluwa Folashade Folco Folu Forrest Fortunát
Fortunata Fortunato Fortunée Fosca Fosco Fotih Fotima Foucauld Foulques Fran Fráňa France Francette Francia
Francine Francis Francisc Francisque Franciszka Franjo Franka Frankie Franklin František Františka Franz Fred
Freda Freddy Frederica Frederick Frederico Frederike Frederique Fredrick Fredy Freeda Freida Frenkie Frido
Fridolín Fridrich Friederike Frontiniano Frusina Fruzsina Fryderyk Fuat Fulbert Fulberto Fulcran Fuldem
Fulden Fulgence Fulgenzio Fulvia Fulvio Fulya Funani Funda Funmilade Füreyya Furio Furkan Furman Furseo
Füruzan Fuscolo Füsun Fuzuli Fynn G'affor G'afur G'iyos G'ulom Gabe Gabi Gabino Gábor Gabrielle Gabrijela
Gada Gadang Gading Gadis Gaduh Gaëlle Gaetan Gaffar Gaglioffo Gail Gaiman Gaio Gaja Gajaadhar Gajabahu
Gajadhar Gajana Gajbaahu Galak Galang Galar Galatea Galdino Galeazzo Galfryd Galih Galileo Galiono Gallicano
Galuh Galur Gaman Gamani Gamanto Gambira Gamblang Gamze Ganak Ganaka Ganapati Ganda Gandewa Gandharv
Gandharva Gandi Gandolfo Ganep Ganesha Gangesh Gangsa Gangsar Ganjaran Gantar Gara Garan Garance Garang Garda
Garett Garfield Garik Garika Garimberto Garnett Garrett Garrick Garry Garth Garud Garuda Gaspar Gaspard
Gaspare Gasti Gaston Gastone Gati Gatien Gatik Gatot Gatra Gatsha Gaud Gaudenzia Gaudenzio Gaudino Gauraang
Gaurang Gauranga Gautam Gautama Gautami Gautiero Gavino Gavrilo Gavxar Gawati Gayatri Gaye Gayle Gazanfer
Gazi Gbadebo Gbeminiyi Gbemisola Gbolahan Gbowoade Geanina Gedeon Gedeone Ģederts Geetanjali Gejza Gelila
Gelin Gelincik Gellért Gelsomina Geltrude Gelu Gema Gemine Gemini Geminiano Genadij Gencer Generosa Generoso
Genesia Genesio Geneva Genoveffa Genoveva Genta Gențiana Genziano Geoffrey Geoffroy Georgel Georgeta
Georgette Georgia Georgian Georgiana Georgianna Georgije Georgina Geovanni Geovanny Geovany Geralda Geraldina
Geraldine Gerarda Gerardina Gerasim Gerasimo Géraud Gerazim Gerazym Gerberge Gerbert Geremia Gergely Gergő
Gerharda Gerino Germaine Germana Germano Gerolamo Geronimo Geronzio Gerry Gerson Gertruda Gertrude Gervais
Gervasio Gesualdo Geta Gevheri Géza Ghaliyati Ghanaanand Ghanashyam Ghani Ghanshyam Ghenadie Gheorghe
Gheorghiță Gherardo Gherghina Ghislain Ghita Giacinta Giacinto Giacobbe Giada Giadero Giambattista Gian
Gianbattista Giandomenico Gianina Gianluigi Gianmarco Gianmaria Gianmario Gianna Gianpaolo Gianpiero
Gianpietro Gianuario Giasone Gibran Gică Gicu Gideon Giel Gifty Gigi Gigliola Gilang Gilberta Gilberto Gilda
Gildo Giles Giliola Gillo Gina Gineto Ginewra Gioacchina Gioacchino Giobbe Gioberto Gioconda Giocondo Gioele
Gioia Gion Giona Gionata Giorgian Giorgiana Giosuè Giosuele Giotto Giovani Giovanny Giove Gioventino
Giovenzio Girardo Girart Giray Giri Girija Girik Girika Girindra Giriraaj Giriraj Girish Girja Girolamo
Gisèle Gisella Gislebert Gisselle Gitanjali Giuda Giuditta Giuliana Giuliano Giulitta Giuseppa Giusta
Giustiniano Giusto Gizela Gizem Gıyas Gladyce Gladys Glauco Gleb Glenda Glenn Glenna Glennie Gligorije Glorie
Gobinda Godeberta Godfrey Godiva Goffredo Gojko Gökalp Gökben Gökbörü Gökçe Gökçegöl Gökçen Gökçiçek Gökmen
Göknur Gökşin Golda Golia Golub Gomberto Gonca Gondebaud Gondulfo Gönenç Gonerio Göngör Gonsalwy Gonthier
Gontran Gönül Gonzaga Gonzague Gopaal Gopal Gopee Gopi Gorakhanatha Gorakhnath Gorana Goranka Gorazd Gordan
Gordana Gordiano Görkem Görün Gosto Goswamee Goswami Gothard Gottardo Gottfried Gotum Goundo Gouranga Goutam
Gövhər Govinda Gözde Gracián Graciána Gracie Graciela Graciliano Gracja Gradimir Grady Granville Grațian
Grațiana Grațiela Grato Grayce Graziana Graziano Graziella Gražina Greg Gregg Grégoire Gregor Gregoria
Gregorian Gretchen Greyson Grga Grgo Grgur Grigore Grigorije Grimaldo Griselda Grizelda Grover Grozdana
Guadalupe Gualberto Gualtiero Gúbio Gudakesa Gudakesha Gudrīte Guelfo Guenda Guendalina Guenièvre Guerrino
Guglielmo Güher Guiberto Guilhem Guilhemine Guillemette Guillermina Guiscardo Guiseppe Gülay Gülbahar
Gulbaxor Gülben Gulchexra Gülçin Güldem Gülden Güldeste Gülegen Gülemen Gülen Güler Gülər Gülgün Gülhan
Guljamol Guljaxon Gülnaz Gulnora Gulnoza Guloy Gülpembe Gülriz Gülsen Gulsora Gülsüm Gültekin Gülümser
Gulzira Gulzoda Gumesindo Gümüş Gunārs Günay Günçiçek Gundelinda Gündoğdu Gündoğmuş Güner Güneş Güngör Güniz
Günnur Günsel Günseli Günyaruk Gürbüz Gürcan Gürdal Gurdev Gürhan Gürkan Gürol Gürsel Gussie Gustava Gustave
Gustavine Guusje Güven Güvenalp Güvercin Güzey Gvendolina Gvozden Gwen Gwenaëlle Gwendoline Gwendolyn Gwido
György Habbab Habib Habiba Habil Haby Hacib Hadi Hadja Hadley Hadriel Hadrien Hafi Hafid Hafız Hafsa Hafshah
Hailee Hailey Hailie Haïm Hairyanto Hajar Hakem Haki Hakim Hakkı Haldun Haleigh Haley Halie Halil Halim
Halima Hâlis Halit Hallie Haluk Hamdi Hamdullah Hami Hamidou Hamima Hamish Hamit Hammâd Hamsini Hamzah Hanae
Handan Hande Hanefi Hanga Hani Hania Hanifa Hannabel Hanno Hans-Rudolf Hans-Ulrich Hansjörg Hanspeter
Hansruedi Hansueli Hanuš Haralamb Haralambie Hardana Hardi Hardouin Hari Harimurti Harinakshi Harinarayan
Harit Harita Harja Harjasa Harjaya Harjo Harley Harmon Haron Haroun Harouna Haroune Harriet Harsana Harsanto
Harsaya Hartaka Hartana Harto Harun Harvey Haseki Hasibi Hasim Hasin Haskell Haşmet Hasna Hassane Hassie
Hasta Haštal Háta Hatem Hatip Hatouma Hattâb Hattie Hauke Hava Havel Havla Hawa Haya Hayal Hayali Hayat
Hayati Haydar Hayden Haylee Haylie Hazan Hazar Hazım Hazle Heber Heda Hédelin Hedi Hedviga Hedvika Heema
Heidrun Heitor Helie Hélier Helin Hélio Helios Hellen Helmer Heloísa Heloise Hendri Hennes Henning Henrich
Henrick Henrie Henrieta Henrietta Henrike Henrique Henryka Heracleea Herbert Herberta Herluin Herman
Hermenegildo Hermína Hermine Herminia Herminio Hernán Hershel Herta Hertha Heru Heryanto Hester Hesti Hettie
Hiba Hicabi Hicham Hidaya Hieronim Hikmat Hikmet Hilaire Hilal Hilar Hilario Hilarion Hilarius Hilary Hilbert
Hildebert Hillard Hillary Hillel Hilmi Hilola Hilton Himadri Himani Himawan Himmet Hincmar Hipolit Hipolito
Hippolyte Hira Hiram Hiranmay Hiranmaya Hiranya Hişam Hıfzı Hızır Hjalmar Hlengiwe Hobart Hojimurod Holden
Hollie Hollis Homero Honoré Honorine Honorius Horác Horace Horacio Horacy Horațiu Horea Horia Hortense
Hortensia Hortensie Hortenzia Hortenzie Horymír Horymíra Hosea Hosiyat Hostimil Hostimila Hostimír Hostimíra
Hostislav Hostislava Hostivít Houda Hovard Howell Hoyt Hrvoj Hrvoje Hrvojka Hüccet Hüdâvendigâr Hüdayi Hugh
Hugues Huguette Hulda Hulki Hulusi Hülya Hüma Humaira Humay Hümayun Humberto Hümeyra Hüner Hunor Hüriyə
Hürkan Hurram Hurshida Hurşit Hüsameddin Hüsamettin Hüseyin Husida Husnida Husniya Husnora Hüsnü Hüsrev
Huzeyfe Hvalimir Hvězdoslav Hvězdoslava Hyacint Hyacinta Hyman Hynek Hypolit Iacob Iacopo Iacopone Iago Iancu
Ianira Ianis Iasmina Iban Ibidapo Ibironke Ibodulloh Iboja Ibrahima Ibrani Ibrohim Ibukunoluwa Ibun Icaro
Icha Icie Icilio İclal Idan Idell Idella İdil Idir Idowu Idriss Idrissa Ieremia Ifeanyichukwu Ifeoluwa Iffar
İffet Ifora Ifunanya Iginia Iginio Igino Ignác Ignácie Ignát Ignáta Ignatius Ignjat Ihsan Ihtiyor İhvan İkbal
İkeme Ikeoluwa Ikhidie Ikhsan İkiçitoyun Ikin İkrime Ikrom Ilaçın Ilai Ilan Ilana Ilarie Ilario Ilarion Ilay
Ilayda İlbey İlbilge Ilda Ildebrando Ildefonso Ildegarda Ildegonda Ildika İldike Ileana Ilene Ilenia İlgegü
Ilgın Ilgmārs İlham İlhami Ilhan Ilia Ilian Iliana Iliane Ilias Ilie Ilies Ilija Ilinca Ilinka Ilja Iljana
İlkay İlkben İlke İlker İlknur Ilko İlksen İlkyaz Illidio Illuminato Ilmārs İlqar Ilsa Ilva Ilyan Ilyana
Ilyane Ilyas Ilyass Ilyes Ilyess Ilyos Ilza Imad Iman Imane Imani Imelda Imen Imene İmge Imke Immacolato
Immanuel Imogene Imoleoluwa Imrane Imre İmrem Imrich Imron Inanç Inara Inārs Inaya İnci Incoronata Indah
Inder Indira Indriķis Indro Indy Inesa Inéz Inga Ingeborga Ingmārs Ingrida Ingūna Inioluwa Inja Innocente
Innocenty Innocenza Innocenzo Inocenc Inocențiu Intan Inyoni Inza Ioan Ioana Ioanina Iolanda Iole Iona Ione
Ionel Ionela Ionelia Ionică Ionne Ionuț Iorio Iosefina Iosif İpek Ippocrate Ippolito Irawati Irem Iremide
Irenej Ireneo Ireneus Ireneusz Ireti Iretioluwa Iriana Iride Iridenta İrinç İrinçköl Irinel Īrisa Irmak
Irmeli Irmina Irnanto Iroda Irsad İrtiş Irvin Irwan Irwin Isabeau Isabela Isabell Isabelly Isac Isacco
Isadora Isadore Isai Isaia Isaiah Isaias Isaure Ischirione Isee Iseoluwa Iseult Ishaq Ishola Iside Isidor
Isidora Isidore Isidoro Isidro Isioma Isis Isisa Isığ Isık Işıl Işılay Işın Işıner Islom Ismaele Ismérie
İsmet Ismoil Isobel Isolda Isom Isotta Isra Israa Israel Issa Issac Issam Issiaka István Italia Italo İtil
Itır Itri Itunuoluwa Itzel Iulia Iulian Iuliana Iuliu Iurie Iustin Iustina Iustinian Ivah Ivana Ivančica
Ivanka Ivanna Ivanoe Ivek Iven Iveta Ivetta Ivica Ivna Ivona Ivone Ivonne Ivor Iwan İxtiyar Iyabode Iyad
Iyadunni Iyanuoluwa Iyed Iyinoluwa Iyık Iyıktağ Izaak Izabella Izaiah Izaiáš Izajasz Izák İzel Izia Izidor
Izidora Izmael Izolda Izydor İzzet İzzettin Izzy Jabal Jabari Jabulile Jace Jacey Jáchym Jacinthe Jacinto
Jackeline Jackie Jacklyn Jacky Jaclyn Jaco Jacquelyn Jacynthe Jada Jaden Jadesola Jadon Jadran Jadrana
Jadranka Jadranko Jadro Jadyn Jaeden Jael Jaelynn Jaeman Jaga Jagadish Jagadisha Jagapati Jagaraga Jagathi
Jagdeep Jagdish Jagica Jagmeet Jahnu Jaida Jaiden Jailey Jailyn Jaiman Jaimini Jaimy Jairo Jais Jaivey Jaka
Jakayla Jake Jakov Jakuba Jakubina Jakubka Jale Jaleel Jalen Jalə Jalil Jalol Jalon Jalou Jalyn Jamaal
Jamalia Jamar Jamarcus Jamel Jameson Jamey Jamil Jamila Jamir Jamiro Jamison Jammie Jamol Jamshid Janae
Janaína Jane Janek Janelle Janessa Janeta Janica Janick Janie Janin Janine Janis Janiya Janka Janko Janna
Jannah Jannek Jannes Jannie Jannis Jano János Janosch Jany Japhet Jaquan Jaquelin Jaqueline Jara Jared Jaren
Jarmil Jarmila Jarne Jarno Jaro Jarod Jarolím Jarolíma Jaromil Jaromír Jaromíra Jaron Jaroslav Jaroslava
Jarrell Jarret Jarrett Jarrod Jarvis Jarwa Jarwadi Jarwi Jasen Jasenko Jasin Jasmani Jasmin Jasmína Jasna
Jasněna Jassem Jassim Jasur Jaswadi Jati Jatmiko Jaunita Jautrīte Javas Javi Javlon Javohir Javon Javonte
Jawad Jaxx Jaya Jayadi Jayce Jaycee Jayda Jayde Jaydon Jayeng Jaylan Jaylano Jaylen Jaylin Jaylinn Jaylon
Jayme Jayne Jayson Jayvano Jāzeps Jazlyn Jazmin Jazmyn Jazmyne Jazzlyn Jazzlynn Jean-Baptiste Jean-Daniel
Jean-Jacques Jean-Louis Jean-Marie Jean-Paul Jeana Jeanie Jeannel Jeannette Jeannie Jeannot Jedediah Jedidiah
Jeff Jefferey Jeffery Jeffry Jefri Jefta Jehanne Jēkabs Jela Jelena Jelica Jelisaveta Jelita Jelka Jella
Jelmer Jelte Jenel Jenifer Jenna Jennah Jennie Jennyfer Jenovéfa Jerad Jerald Jeramie Jeramy Jerel Jeremi
Jeremiah Jeremiáš Jeremiasz Jeremie Jerguš Jermain Jermaine Jermey Jerod Jeromy Jerónimo Jeroným Jerrell
Jerrod Jerrold Ješa Jesika Jess Jessie Jessika Jesslyn Jesslynn Jessy Jessyca Jett Jettie Jevgeņijs Jevon
Jevrosima Jewell Jezdimir Jidde Jihane Jiljí Jillian Jimi Jimmie Jimram Jinane Jinawi Jindra Jindřich
Jindřiška Jinte Jinthe Jiří Jiřina Jitender Jitendra Jitka Joah Joana Joanie Joann Joannie Joanny Joany Joas
Jocelyne Jodi Jodie Jody Joelina Joeline Joelle Joes Joesph Joey Johana Johann Johanne Johathan Johnathan
Johnathon Johnnie Johnny Johnpaul Jolana Jolanda Jolayemi Joleen Jolie Jolijn Jolin Jolina Joline Jona Jonah
Jonatan Jonathon Jono Jonte Joojo Jordana Jordane Jordon Jordy Jordyn Jorga Jorin Jorrit Jort Joscha Joschua
Josefien Josefína Josephin Josephine Joshuah Josiah Josianne Josie Josip Josipa Joško Joso Josse Josselin
Jošt Josua Josue Josy Joud Jourdain Jovan Jovana Jovani Jovanka Jovanny Jovany Jovin Joya Joža Jože Jozefa
Jozefína József Jozue Juana Juanita Juda Judah Judd Judicaël Judita Judīte Judson Judyta Jugoslav Juho Jula
Julan Jule Juliane Julianne Julide Juliet Julieta Jūlija Julijana Jūlijs Julika Julina Julita Juliusz Jumadi
Jumagul Jumari Juna Junayd Junius Juno Junon Juraj Jürg Jurģis Juri Jurre Jūsma Jusra Juste Justen Justina
Juston Justus Justýn Jusuf Juta Juul Juvenal Juwan Juwon Jyotis Jyotsana Kaan Kaat Kabil Kacey Kaci Kacie
Kacung Kade Kadem Kaden Kader Kadiatou Kadidia Kadidiatou Kadin Kadir Kadı Kadrican Kadriye Kady Kaela Kaelyn
Kağan Kagiso Kahina Kaia Kailash Kailee Kailey Kailyn Kaïna Kairav Kaïs Kaitlin Kaitlyn Kaja Kajen Kajetán
Kala Kalea Kaleb Kaleigh Kalender Kalervo Kaley Kali Kalim Kalinda Kalinik Kalistrat Kallie Kalpana Kalyani
Kama Kamala Kamalesh Kamaria Kambali Kamber Kamel Kamelya Kameron Kamidin Kamile Kamilla Kamille Kamla
Kamlesh Kamol Kamola Kamoliddin Kamran Kamren Kamron Kamryn Kamuran Kanak Kanaka Kanchan Kancı Kanda Kane
Kani Kania Kanishka Kannan Kannen Kanti Kapgar Karaca Karahan Karak Karam Karamba Karamoko Karan Kardi Karel
Karelle Kargılaç Kariane Karianne Karima Karimah Kariman Karina Karine Karja Karl-Emil Karl-Johan Karlee
Karley Karli Karlie Kārlis Karlıgaç Karlo Karlotta Karman Karmela Karmen Karna Karolann Karoliina Karoline
Karsa Karsana Karson Karta Kartik Kartika Karunanidhi Karya Kasandra Kasey Kashyap Kashyapi Kasián Kasim
Kasiran Kasiyah Kašpar Kassandra Kassim Kastor Kasusra Kata Kate Katelin Katell Katelyn Katelynn Katheryn
Kathlyn Kathrin Kathrine Kathryne Kathy Katia Katica Katie Katija Katina Katlyn Katlynn Katrin Katrina Katryn
Kattie Katun Katunkız Katy Kavon Kawaca Kawaya Kawtar Kayaalp Kayacık Kayça Kaycee Kayden Kaylah Kaylee
Kayleigh Kayley Kayli Kayliah Kaylie Kaylin Kayna Kaynak Kayode Kayra Kays Kayun Kazanç Kazi Kazimír Kazimíra
Kâzım Kazkatun Keagan Keano Keanu Keara Keaton Keegan Keeley Keely Keenan Keerti Keet Kehinde Keira Keisha
Keji Kekik Keklik Keleş Kellen Kelli Kellie Kelsi Kelsie Kelton Kelvin Kelya Kelyan Kemalettin Kemba Kenan
Kenari Kendall Kende Kendra Kendrick Kenes Kenna Kennedi Kennith Kenny Keno Kensi Kenton Kenya Kenyatta
Kenyon Kenza Kenzi Kenzie Kenzo Kenzy Keon Kepez Keramet Kerami Kerem Keremşah Keren Kerim Keshaun Keshawn
Kesme Keşşaf Ketsia Keven Kevon Kevser Keyan Keyken Keyla Keyon Keyshawn Kezia Kezlik Kgabu Khadidiatou
Khadidja Khady Khanyisile Khethiwe Khulekani Kian Kiana Kiandra Kianna Kiano Kiara Kiarra Kiera Kika Kikelomo
Kiki Kiley Kilián Killian Kilyan Kimberley Kimi Kimo Kincső Kira Kiran Kirana Kiraz Kirilo Kirk Kirstin Kirti
Kiyan Kımız Kımızalma Kımızalmıla Kımızın Kırçiçek Kırgavul Kırlangıç Kıvanç Kıvılcım Kıymet Kızdurmuş
Kızılalma Kjeld Klarencjusz Klaudián Klaudie Klaudius Klaudiusz Klāvs Klea Kléber Klemens Klement Klementina
Klementýna Kleopatra Kliment Klotylda Kobe Koby Kody Kojo Koko Köksal Kolawole Kolby Kole Koleta Koloman
Kolombín Kolombína Kolos Kolumbán Kolumbín Kolumbína Komil Komila Komron Konrāds Konstance Konstancie
Konstancja Konstantin Konstantīns Konstanty Konstantýn Konsuela Konzuela Kopano Kora Koralia Koray Korbin
Korbinian Kordula Korede Korey Korina Korinna Korkut Kornel Korneli Kornélie Kornelius Korneliusz Kory Kosma
Kosmas Kosta Kraig Krasava Krasomil Krasomila Krasoslav Krešimir Křesomysl Krijn Kris Krishnadas Krishnadasa
Krišjānis Krišs Krista Křišťan Kristi Kristiāna Kristiāns Kristie Kristijan Kristóf Kristofer Kristopher
Kristy Kristýna Krisztián Krisztofer Krsto Kruno Krunoslav Kryšpín Krystal Krystel Krystina Kryštof Ksawera
Ksawery Ksenija Ksenofont Kubad Kubat Kubilay Kübra Kubura Kuddusi Kujoe Kumari Kumru Kumuda Kumush Kuncara
Kunhuta Kunthara Kurnia Kürşad Kurtis Kutbettin Kuzey Kuzman Květa Květoň Květoš Květoslav Květoslava Květuše
Kvido Kwadwo Kwamena Kwasi Kweku Kwesi Kwintyn Kyan Kyano Kyara Kyla Kylee Kyleigh Kyler Kylian Kyliann Kylie
Kyllian Kyllikki Kyra Laal Labuh Lacey Lachlan Lăcrămioara Lada Ladarius Ladina Ladislao Ladislau Ladislav
Ladislava Ladji Lafayette Lahna Laia Laisha Lajos Laksana Lakshman Lakshmidhar Lakshminath Laksita Lala Lale
Lalə Lalie Lalita Lamar Lamberto Lamia Lamih Lamine Lamiyə Lamont Lana Lanang Lancelot Lancilotto Landen
Landolfo Landry Laney Lanfranco Langa Langgeng Lanjar Lantar Lapo Laras Larina Laron Larue Larysa Lascăr
Lāsma Lasmanto Lasmono Lassana Laswi Laszlo Latif Latifa Latife Latika Latofat Latoya Laurane Laure Laureen
Laureline Laurenc Laurencie Laurencja Laurencjusz Laurène Laurenția Laurentino Laurențiu Laurenty Laurentyna
Laurenz Lauretta Laurian Lauriane Laurianne Lauriano Laurie Laurin Laurine Laury Lauryn Lautone Lavada
Lavanya Lavern Laverna Laverne Lavina Lavinia Lavinio Lavīze Lavon Lavonne Lawrencia Lawson Laxman Laxmi
Layana Layanah Laylo Layne Lazar Lazare Lazaro Łazarz Laziz Lazzaro Leana Leander Leandr Leandra Léandre
Leane Leann Leanna Leano Leart Leatha Léda Ledion Leela Leelou Lega Legawa Lehna Leia Leigh Leilani Leïna
Lejla Leke Lela Lelah Leland Lelia Leman Lembah Lemide Lempi Lemuel Lenia Lenja Lenka Lenn Lenna Lennard
Lenne Lennert Lenni Lennie Lennon Lennox Lenora Lenore Leny Lenya Leo-Paul Leodegar Leokádie Leola Leona
Leonard Leonel Leonhard Leoni Leonia Leonid Leonida Leonidas Leonīds Leonilda Leonio Leonis Léonne Leonor
Leonora Leonore Leontin Leontina Leontine Leontýn Leontýna Leonzio Leopardo Leopold Leopolda Leopoldina
Léopoldine Leopoldo Leopoldýna Leora Leoš Leposava Lera Lere Lerzan Lesana Lešek Leslie Lesly Lessie Lestari
Lester Leta Letha Leticie Letitia Letterio Leufroy Levana Levent Levente Levin Levio Levke Levoslav Lewin
Lexi Lexie Lexus Leya Leyan Leyla Leyna Ləman Liah Lian Liana Liara Lias Lība Libbie Libby Liběna Liberata
Liberato Liberatore Libère Liberio Libero Liberto Libor Libora Liboria Liborio Liboslav Liboslava Libuša
Libuše Lică Licia Lida Lidania Lidija Lidio Lidmila Lidya Liene Liétald Lieto Lieuwe Lieve Lieze Līga Ligia
Līksma Lila Lilas Lili Lili-Rose Lilia Lilian Liliane Lilianna Lilie Lilien Lilith Liliya Lilla Lilli
Lilliana Lillie Lilou Lilwenn Lily-Rose Lilya Lilyan Liman Limar Linde Lindsay Lindsey Linett Linne Linnie
Lino Linoï Linoy Lintang Linwood Lioara Lionel Lior Liora Liron Lirone Lisandro Lisann Lisanne Lise Liselotte
Lisette Lison Lital Litzy Livia Liviana Livie Līvija Livino Livio Liviu Livius Liya Liyah Liyam Liyan Liyana
Liza Lizbeth Līze Lizeth Lizz Lizzie Lizzy Ljiljana Ljuba Ljubica Ljubiša Ljubomir Ljudevit Llewellyn Loane
Lobar Lodovica Lodovico Loek Loes Loet Lohan Lois Loïse Lolade Lolita Loma Longin Lonie Lonnie Lonny Lonzo
Lora Loraine Loreen Lorelei Lorella Loren Lorenc Lorene Loreno Lorenza Loreta Loretta Lorian Loriana Lorik
Lorin Lorine Loris Lorna Lorrain Lorraine Lota Lotar Lothaire Lott Lotti Lottie Lou-Ann Lou-Anne Loua Louan
Louane Louann Louay Loubna Louca Louis-Marie Louisa Louison Louka Loula Louna Lounis Loup Lourenço Louvenia
Lovorka Lowell Lowie Loyce Luan Ľubica Lubomír Lubomíra Lubor Luboš Luboslav Luboslava Luce Lucențiu Lucián
Luciána Lucienne Lucija Lucijan Lucile Lucilla Lucille Lucinda Lucious Lucius Lucjan Lucreția Lucrețiu
Lucrezia Ludano Luděk Ludie Ludiše Ludivine Ludivoj Luďka Ludolphe Ľudomil Ľudomila Ludomír Ludomíra Ludoslav
Ludoslava Ludovico Ľudovít Ludvík Ludwika Luella Luena Luhung Luigia Luise Luiza Luīze Lujza Lukhona Lukita
Lukman Lukrécie Lukrecius Lula Lulu Luluh Lulut Luminița Luminosa Lumír Lumíra Lune Lungelo Lupe Lura Lurhur
Lurline Lutfan Lütfi Lutfiya Lütfullah Lutfulloh Luther Luthfi Lutibor Lutobor Lutz Luus Luwar Luwes Luzie
Lwandle Lyam Lyan Lyana Lyda Lydia Lydie Lyes Lyla Lyle Lylia Lylou Lyna Lynda Lyne Lynette Lynn Lynne
Lysanne Ma’mur Ma’ruf Ma’sud Maad Maan Maartje Maayane Mabel Mabela Mabelle Mable Mabruk Maca Macaire Macaria
Macario Maccabeo Maceo Macey Maci Macie Mack Mackenzie Macy Madalena Mădălin Mădălina Madaline Madalyn
Maddison Maddox Madelief Madeline Madelyn Madelynn Madge Madhuri Madid Madie Madilyn Madina Madisen Madisyn
Madita Madlaina Madleen Madlen Madonna Mady Madyson Maegan Maëlie Maëline Maélis Maelle Maëly Maëlyne Maes
Maeva Maeve Mafalda Maffeo Magali Magda Magdalen Maggie Maggiorino Magno Maguelone Mahamadou Mahan Mahault
Mahaut Mahdi Mahe Mahendra Maher Mahesa Maheswar Mahfud Mahir Mahmut Mahrus Mahulena Mahzan Mahzun Maia Maica
Maida Maija Maik Maike Maila Mailin Mailo Maïly Maïlys Maïmouna Maimunah Maïna Maiorico Maira Maïssa Maïssane
Maïwenn Maiya Majda Makan Makar Makara Makary Makayla Makenna Makenzie Makinwa Maksim Maksud Maksym Makuta
Mala Malachi Malati Malco Malcolm Malea Malek Malena Malia Malick Malik Malika Malina Malinda Mališa Mallaury
Mallie Mallory Malo Malone Malou Maloxat Malti Malvína Malvīne Malwina Mamadou Maman Mamante Mamert Mamie
Mamoudou Manah Manal Manar Manassé Mancio Manda Mandaakin Mandakini Mandy Manel Manelle Manetto Manfredo
Mangala Mangalya Mani Manik Manikya Manil Manilio Manisha Manjusha Manley Manlio Manoah Manole Manona
Mansueto Mansur Mansvet Manu Manuele Maphikelela Maqsud Mara Marah Maram Marana Maras Marc-Antoine Marceau
Marcela Marceli Marcelin Marcelína Marceline Marcelino Marcell Marcella Marcelle Marcellus Marcheta Marciano
Mārcis Marcu Mardon Mareike Maren Marena Mareta Marga Margana Margarete Margarett Margaretta Margarette
Margarida Marge Marģers Margie Margit Margita Margo Margot Margret Margrit Margrith Marguerite Mariadi Mariah
Mariama Mariame Mariane Maribel Marica Maricarmen Maricica Marie-Ange Marie-Lou Mariela Mariella Marielle
Mariem Marieta Marietta Marija Marijana Marijn Marika Marilena Marilie Marilou Marilú Marilyne Marinela
Marinella Marinetta Marinko Marinus Marioara Mariola Māris Marisa Marisol Marissa Marita Mārīte Maritza
Măriuca Marjan Marjane Marjolaine Marjorie Marjory Markéta Markika Marla Marlee Marlen Marlena Marley Marli
Marlie Marlies Marlis Marlo Marlon Marly Marnie Marolo Maroš Marouane Marrit Marsha Marsito Marsudi Martaka
Martana Martani Marthe Martim Márton Marut Maruta Marwa Marwan Marwane Marwata Marwen Marwin Maryadi Maryann
Maryanto Maryjane Marylou Maryna Maryse Marzia Marzio Maša Mashxura Mašinka Massima Massimiliano Massinissa
Matan Matei Matěj Mateja Mateus Matheo Mathew Mathijs Mathurin Mathuys Mathys Matías Matija Matis Matīss
Matisse Matko Mato Matouš Matroniano Mattea Mattheo Matthieu Matthijs Matthis Mattie Mattis Matúš Matyáš
Matylda Matys Matz Maud Maude Maudie Maugis Maura Mauricette Mauricio Maurilio Maurine Maurits Maurycy Mavdud
Mavis Mavlon Mavluda Mawuena Mawusi Maxbuba Maxellende Maxence Maxens Maxfuza Maxi Maxie Maximiliano
Maximilien Maximillia Maximillian Maximo Maximus Maxine Maxmilián Maxsuma Maxwell Maya Mayane Mayar Maybell
Maybelle Maye Mayeul Mayla Mayline Maylis Maymie Maynard Mayoor Mayra Maysa Mayson Mayssa Mayte Mazbut Mazhar
Mazie Mbalienhle Mckayla Mckenna Mckenzie Meagan Meaghan Mečislav Mečislava Meda Medard Medardo Medea Médéric
Medine Medoro Meena Meenakshi Megane Meggie Meghan Meghnad Meghnath Mehriban Mehtap Meik Meike Meire Meïssa
Mekhi Melani Melania Melanio Melany Melba Melchiade Melchior Melchiorre Melda Melek Melenija Melezio Melia
Melichar Melih Melike Melikşah Melina Melinda Meline Melisa Mélisande Mélissandre Melita Melitina Melle
Mellie Mellina Melodi Mélodie Mels Meltem Melusine Melvil Melvina Melvyn Melyna Melyssa Memduh Menahem Menaka
Menardo Mence Mendel Menelao Meneo Menka Mennone Menodora Meral Mercede Mércia Mercurio Meredith Meriam Meriç
Meriem Merih Merijn Merjem Merl Merle Merlin Mérovée Merritt Mert Mertie Mervin Merwan Meryam Meryem Meryl
Messalina Mestan Mesut Metello Metin Metod Metoděj Mētra Metrofane Mevlüt Meyra Mələk Mhambi Micael Micaela
Micah Micha Michaela Michala Michale Micheal Micheline Mick Midas Miel Mihael Mihaela Mihai Mihail Mihailo
Mihajlo Mihály Mihnea Mihriban Mija Mijat Mikail Mikayla Miķelis Mikki Miklós Mikoláš Mikuláš Milada Miladin
Milana Milanka Milanko Mildred Mileta Miley Milford Milhan Milíč Milica Milík Milisav Milivoj Miljan Miljana
Miljenko Milka Mille Millicent Milly Milo Milojica Milomir Miloň Milorad Miloš Miloslav Miloslava Milota
Milou Milouš Milovan Milovín Milred Milton Miluše Milutín Mima Mimma Mimo Mína Minakshi Mindy Minerva
Minervina Minervino Minnie Minodora Mioara Miodrag Miomir Mirabela Mirac Miran Miray Miraziz Mircea Mirco
Mireille Mirek Mirela Mirella Mireya Miriama Mirja Mirjana Mirka Mirkelam Mirko Mirna Miro Mirocleto Miromil
Miromila Miron Mirona Miroslav Miroslava Mirre Mirta Mirte Mirthe Mirtil Miruna Mirza Mirziyo Miša Misael
Misaele Misbah Mischa Miško Mislav Missouri Mitar Mitch Mitchel Mithat Mitică Mitra Mitruț Mittie Miya Mısra
Mlad Mlađana Mladen Mnata Mnislav Mnislava Mobolaji Moche Modesta Modibo Modrīte Modupe Mody Mofifoluwa
Mohamed-Ali Mohamed-Amine Mohan Mohana Mohinder Mohini Mohir Moïra Moïse Moïsette Mojisola Mojisoluwa Mojmír
Mojżesz Mojžíš Mollie Molly Momir Momira Monaldo Monalisa Monde Monitore Monroe Monserrat Monserrate Montana
Monte Monty Monvīds Moradeke Morayo Morena Morenike Morgana Morgane Moriah Moric Moris Morne Morolake
Mortimer Morton Mory Mose Moses Mosinmileoluwa Mossie Mosunmola Motunrayo Mouctar Mouhamadou Mouhamed Moussa
Moustafa Moustapha Moxidil Moxigul Moxina Moxinur Moxira Moyosore Mozell Mozelle Mozes Mpho Mpilo Mpumelelo
Msizi Mstislav Mthunzi Muammer Muattar Muaviye Muaz Muazzam Mubina Mudīte Müesser Müfid Mufiz Müge Mugur
Mugurel Muharrem Muhsin Muhtar Muhterem Muhteşem Muhtor Muhyiddin Müjdat Müjde Müjgan Mujur Mukadder Mukaddes
Mükerrem Mukesh Muktedi Muktedir Muktefi Mukul Mulya Mulyanto Mulyono Mumpuni Mümtaz Münevver Muni Munif
Münir Müren Muriel Muriela Murilo Murl Murod Mursinin Mursita Murti Musawenkosi Müşir Muslih Mustafo Mustapha
Mustika Mustofa Musulmon Mutahhar Mutasım Muteber Mutemed Mutia Muttalib Muyassar Muyiwa Muzaffar Muzaffer
Müzdad Muziano Myah Myla Mylan Mylene Myles Mylo Myra Myriam Myrl Myrna Myron Myrthe Myrtice Myrtie Myrtil
Myrtille Myrtis Nabi Nabila Naci Naďa Nadalina Nadège Naděžda Nadi Nadja Nadzieja Nael Naëlle Naemi Nafisa
Nafiz Nagabhushanam Nahel Nahid Nahil Nahla Naïa Naïla Naïm Naïma Naïs Naja Najam Najib Najla Najmiddin Najwa
Nakia Nala Nalan Nalar Nalini Namazio Namık Nana Nand Nanda Nandi Nando Nándor Naneta Nannie Naomie Naoufal
Naoufel Napoleon Napoleone Nara Naradi Narayan Narcis Narcisa Narciso Narcisse Narendra Nargiza Narimon
Narinder Narji Narseo Narsete Nasab Nasiba Nasim Nasir Nasriddin Nasrullah Nassim Nastja Natacha Natale
Natalija Natalina Natanael Nataniel Nataša Nate Nathanael Nathanial Nathaniel Nathen Natiq Natka Naud Naudet
Naura Navin Nawal Nawel Nawfel Naya Nayel Nayeli Nayla Nazan Nazario Nazariusz Nazary Nazif Nazim Nazlı Nazmi
Nazrulloh Nazzareno Nazzaro Ndleleni Ndondoloza Ne’matulloh Neal Nebojša Necat Necati Necdet Nechifor Necib
Necla Necmettin Neda Nedeljko Nedim Nedjeljka Nedjeljko Nedra Neela Neele Neeltje Nefeli Néhémie Nehir
Něhoslav Neïla Neiva Nejat Nejla Neklan Nela Nelda Nele Neli Nelia Nelio Nell Nella Nelle Nelly Nels Nelu
Nelya Nemanja Nena Nenad Nene Neoma Neopolo Neoterio Nepomuk Nera Nereo Nergis Nermine Nesa Neşet Nesim
Neslişah Nesrin Nesrine Nestor Nestore Nettie Neva Neven Nevena Nevenka Nevin Nevio Nevra Nevzat Newell Neyla
Nezamysl Nərgiz Nhlakanipho Niame Nicarete Nicea Niceforo Nicéphore Niceto Nicezio Nichifor Nicholaus Nichole
Nicklaus Nickolas Nicla Niclas Nico Nicoară Nicodemo Nicodim Nicolae Nicolai Nicolaie Nicoleen Nicoleta
Nicoletta Nicolette Nicoline Nicolò Nicu Niculina Niculiță Nicușor Nicuță Nida Nidia Niek Niels-Christian
Niene Nigar Nigora Nihad Nihal Nihan Nihat Nika Niké Nikita Nikki Nikkie Nikko Niklaus Niklāvs Nikodéma Nikol
Nikolas Nikolasz Nikoleta Nikolina Nikša Nila Nilam Nilde Nilgün Nilufar Nimakoah Nimas Nimit Nimród Ninfa
Niniano Ninioluwa Ninon Ninthe Niouma Niranjan Nirbhay Niro Nisa Nisan Nives Niyaga Niyazi Niyilolawa
Nizamettin Nizar Nizom Nizomiddin Njegomirka Nkanyezi Nkosenye Nkosingiphile Nkosinhle Nkosiyabo Noami Noan
Noar Nodira Noelie Noëlla Noëlle Noema Noemie Noemy Nofoto Noha Noham Nohan Noila Nokuthula Nola Nolan Nolann
Nolen Nolhan Nolwazi Nomi Nona Nonhlanhla Nonjabulo Nonkululeko Noortje Norah Norberta Norberto Nore Norene
Norhane Norica Norina Norma Norman Normand Norval Norwood Nosir Nosirjon Nostriano Noud Nouha Noura Nourane
Nouri Nout Novak Novan Novi Noviana Novita Nowi Nozima Nozipho Nqobile Nrima Nthabiseng Ntokozo Ntombizodwa
Núbia Nuccia Nugraha Nükhet Numan Nuno Nunziata Nural Nuran Nuray Nurbek Nurettin Nurgül Nurgün Nuri Nuriddin
Nurlan Nursel Nurseli Nurullah Nuša Nusrat Nusratulloh Nusret Nyah Nyana Nyasia Nynke Nyoman Oana ObaniJesu
Obid Obie Obioma Obrad Obren Ocie Octav Octavia Octavian Octaviana Octavio Octaviu Oddone Odelia Odell
Oderico Odessa Odeta Odetta Odidone Odie Odil Odile Odilia Odilon Odin Odolen Odon Odorico Odunayo Ofelia
Ofélie Ofelya Oger Ognjana Ognjen Ogooluwa Oğuzhan Ojārs Ojaswini Okan Okey Okiki Okşan Okta Oktavián Oktavie
Oktavius Oktay Okto Oladara Oladare Oladimeji Olaide Olajumoke Olakunle Olamide Olanrewaju Olansile Olaoluwa
Olasunmbo Olatunbosun Olayinka Olbram Olcay Oldřich Oldřiška Oļegs Olen Oleta Oļģerts Olgica Olim Olimpia
Olimpian Olimpio Olimpiu Olin Olinda Olindo Oliva Olivera Olivie Oliviera Oliviero Olīvija Oliviu Oliwier
Ollie Ololade Olufeyisayo Olufunke Olufunmi Olufunmilayo Olumide Olumorotimi Olusola Olutomiwa Oluwafemi
Oluwagbemiga Oluwakemi Oluwamumibori Oluwamuyiwa Oluwasanmi Oluwasegun Oluwasemilore Oluwaseyi Oluwatimilehin
Oluwatobiloba Oluwatofunmi Oluwatosin Oluwatoyosi Oluwatumise Oluwole Oluwunmi Olympe Olympia Olympie Omad
Oman Omana Omari Omawunmi Ombeline Ombline Ombretta Omero Omina Omobobola Omobolanle Omodunni Omolabake
Omolara Omolola Omosalewa Omotara Omotayo Omotola Omotolani Omotoun Omowumi Önder Ondina Ondine Ondřej
Ondřejka Onesta Onesto Onie Onofrio Onome Onorata Onorina Onorino Onorio Onoriode Onufry Oormila Opalina
Opaline Opan Opemipo Opeoluwa Opeyemi Ophelia Ophélie Opung Oqil Oran Orazio Orchidea Orell Oren Orenzio
Oreofe Orest Orestes Orfeo Orhan Oriana Oriande Oriane Orie Orietta Orif Orin Orio Orion Orland Orlane Orlo
Oronzo Orpha Orrin Orsino Orso Orsola Orsolina Ortansa Ortensia Ortensio Orval Orville Orzu Osanna Osbaldo
Osborne Osmondo Osmund Ostoja Osunleke Osvald Osvaldo Oswald Oswaldo Otabek Otakar Otakara Otello Otha
Othmane Otho Otilia Otilie Otīlija Otis Otmar Otokar Otomar Ottaviano Ottilia Ottilie Ottis Ottone Otýlie
Oumar Oumayra Oumou Oury Ousmane Oussama Ovidio Ovidiu Ovidius Oxana Oybek Oyenike Oyga Oyindamola Oyindasola
Öykü Oynur Oysha Ozana Ozanne Özcan Özden Ozella Özer Özge Özgür Özhan Özlen Öznur Ozod Ozoda Ozodbek Ozren
Paciano Pacifico Paco Pacôme Pacomio Padma Padmi Paige Paiman Paja Pakize Palatino Palémon Palladia Palladio
Palmazio Palmira Palmiro Paloma Pamfil Pammachio Panagachie Panait Panca Pancario Pancrazio Pandu Panfilo
Pangeran Pangestu Panji Panka Pankrác Pankracy Panna Pantaleo Pantaleon Pantaleone Param Paramartha Paramita
Paraschiva Pardi Paride Parman Parmenio Parsival Pārsla Parvati Pascale Paskal Paskala Paterne Paterniano
Patricie Patrīcija Patrizio Patroclo Pătru Patrycjusz Patrycy Patti Pattie Paul-Antoine Paul-Arthur Paule
Paulica Paulien Pauliina Paulin Pauside Pava Pavica Pāvils Pavla Pavle Pavlín Pavlína Pavol Paxton Payidar
Payton Pearlie Pearline Pécine Peggie Peggy Pelagia Pelagie Peleo Pelhřim Pelin Pelinsu Pelumi Pembe Penda
Penelopa Penelope Pepe Pepijn Pépin Pepo Pera Perceval Percival Percy Peri Perica Pericle Perihan Perikles
Perkasa Perla Perle Pernilla Pero Perran Perrine Perseo Persida Pertev Peruna Perver Pervin Perzida Petar
Pete Petek Pēteris Petko Petr Petrana Petre Petrică Petrija Petrișor Petronela Petronila Petronilla
Pétronille Petronio Petronius Petru Petruše Petruț Petruța Petteri Petula Peyami Peyton Pəri Pharell Phil
Phila Philani Phileas Phileine Philémon Philibert Philine Philippa Philippine Phillip Philomène Philothée
Philou Phiwokwakhe Phyllis Pien Piera Pierangelo Piergiorgio Pierluigi Piermarco Pierre-Alain
Pierre-Alexandre Pierre-André Pierre-Antoine Pierre-Louis Pierrick Piersilvio Pippa Pippo Piraye Pius Pınar
Placida Placido Platon Platone Pleun Plinio Plutarco Polidoro Polifemo Polikarp Polissena Pollione Polly
Polykarp Polyxena Pompeo Pompilia Pompiliu Pomponio Ponziano Ponzio Poornima Porfirio Porfiriusz Porfiry
Porzia Porziano Postumio Praba Prabawa Prabowo Prabu Prakosa Pramila Pran Pranata Pranawa Pranay Prasad
Prasanna Prasetya Prasetyo Prassede Prathamesh Pratiwi Pravdan Pravdomil Pravdomila Pravomil Pravomila
Pravoslav Pravoslava Prayag Prayitna Prayoga Prayogo Predrag Preity Prem Prema Přemysl Presley Priamo
Přibyslav Přibyslava Prima Primerose Primo Prisca Priscilla Priscille Prisco Priska Prita Privato Priyala
Procopio Profira Prokles Prokop Prokopa Prokul Proserpina Prospera Prospero Protasio Proteo Providenci
Prudenzia Prudenzio Prvoslav Publio Puji Pulchérie Puneet Pupolo Puput Purnima Purushottam Purwa Purwadi
Purwanto Pushti Pusicio Puspa Puspita Puti Putu Qizilgul Qobil Qori Qosim Quartilla Quasimodo Qudrat Queenie
Quentine Querano Quiéta Quin Quincy Quintia Quintiliano Quintilio Quintino Quinton Quinty Quinziano Quinzio
Quirin Quirino Quiteria Quitterie Ra’no Rabia Rachael Rachela Rachele Rachelle Raci Rada Radan Radana
Radegast Radek Radeke Raden Radenko Radhost Radika Radim Radimír Radimíra Radina Radiša Radislav Radislava
Radit Raditya Radivoj Radivoje Radka Radko Radmil Radmila Radmilo Radojka Radolfo Radomil Radomila Radomír
Radomíra Radoš Radosav Radoslav Radoslava Radovan Radovana Radslava Radu Răducu Radul Radúz Radvan Raegan
Rafaela Rafet Raff Rafi Rafid Rafila Rafiq Rageshwari Rageswari Raharja Rahayu Raheem Rahel Rahim Rahime
Rahma Rahmat Rahmawati Rahmi Rahsaan Rahşan Raide Raif Raihan Raik Raimondo Raimund Raina Rainald Rainaldo
Rainelda Rainhard Rainold Raisa Rajab Rajan Rajana Rajendra Rajinder Rajiv Rajko Rajmund Rajna Rajnold Rajsa
Rakita Rakıp Raluca Rama Ramaa Ramata Ramazan Rameshwar Rami Ramiz Ramona Ramy Ramziddin Ramziya Rana Randal
Randall Randolf Randolph Ranek Rangga Raniero Ranim Ranjeet Ranjit Ranko Ranolfo Ranya Raoul Raphaelle
Rapulane Rashad Rashawn Rasheed Rasheedah Rasifa Rasim Raşit Raško Rastislav Rastislava Rati Ratibor Ratih
Ratimir Ratmír Ratna Rauf Ravshan Rawane Raxmatulloh Rayan Rayane Rayen Raymonde Raymundo Rayona Rayxona
Rayyan Răzvan Reagan Reanna Reba Rebeka Rebekah Rebekka Recai Recep Reda Redmond Reece Reese Refah Refet
Refik Regan Reginald Reginaldo Régine Régis Regitze Regnārs Regolo Regula Reha Řehoř Řehořka Reilly Reina
Reine Reinhold Rejan Réjean Réjeanne Réka Reksa Relja Relu Rémi Remig Remigio Remilekun Remington Remondo
Remus Remzi Renārs Renát Rendy Renee Renette Rengin Renja Rens Renske Renzo Reşat Respati Respicio Ressie
Restu Resûl Reta Retha Retno Reto Retta Reuben Reva Revi Reybaud Reyhan Reymundo Reyna Reynold Rezzan Rəşad
Rəşid Rhett Rhianna Rhiannon Rhoda Rhonda Riaan Riad Rian Riana Rica Ričards Ricario Riccarda Richarda
Richelmo Richie Rickard Rickey Rickie Ricky Rico Ridwan Rieke Rifat Rigard Rigoberto Rija Rika Rike Rinaldo
Rini Rino Ristana Ritesh Rivka Riyad Rizki Rizvon Rıdvan Rıfkı Rıza Robaldo Robb Robbe Robbie Robertina Robi
Robina Robiya Robyn Roch Rochelle Rodan Roderick Roderik Roderyk Rodger Rodiano Rodica Rodney Rodolfo
Rodoljub Rodolphe Rodrick Rodrigue Rogelio Rohana Rokia Roko Rolande Rolando Rolfo Rollin Romana Romanița
Romāns Romee Romeu Romilda Romina Romoaldo Romola Romolo Romuald Romualdo Romul Romulus Rona Ronaldo Ronan
Ronke Roosevelt Rosa-Maria Rosalee Rosalia Rosalie Rosalina Rosalind Rosalinda Rosalyn Rosamond Rosamunda
Rosana Rosanna Roscoe Roselin Roseline Rosella Roselyn Roser Rosetta Rosina Rosita Roslyn Rosman Rosmunda
Rossana Rossella Rossie Rostislav Rostislava Rotimi Rovena Rowan Rowland Roxana Roxane Roxanne Roxelana Roxy
Röya Royce Rozalia Rozálie Rozalinda Rozamunda Rozana Rozella Rozina Rozita Roziya Rozvita Rubiano Rubie
Rubye Rüçhan Rudi Rūdis Rudīte Rudolfa Rudolfina Rūdolfs Rudra Rudy Ruedi Rufina Rufino Rufo Rufus Ruggero
Ruhsar Rukhmani Rukmin Rükneddin Rumena Runa Rupert Ruperto Rupinder Ruprecht Rūsiņš Ruslan Rusman Russ
Russel Rustam Rüştü Rūta Ruthe Ruthie Rutilo Ruxanda Ruxandra Rüya Ruža Růžena Ružica Ryad Ryann Ryder Rylan
Rylee Ryleigh Ryley Sa’dulloh Saad Saadat Saadi Sába Şaban Sabar Sabato Sabazio Sabele Sabin Sabino Sabir
Saboxat Saboxon Sabri Sabrine Sabryna Sacid Şadan Sadar Sadberk Sadettin Sadi Sadie Sadina Sadio Sadık
Sadoqat Sadri Sadriddin Sadullah Sadye Safa Safae Saffet Saffiro Saffo Şâfi Safia Safina Safir Safira Safiya
Safo Safouan Safouane Safta Safura Şahap Şahinalp Sahra Şahsuvar Saida Saiful Saige Saim Şaiq Saka Sakari
Sakina Şakir Sâkıp Sakti Saladino Šalamoun Salih Salimah Salimata Sallie Salman Saloh Salome Salomea Salomena
Salomey Salomon Salomone Šalomoun Salsabila Salustio Salwa Salwator Samandar Samanta Samara Samed Samia
Samiah Samih Şamil Samim Samina Samiya Sammie Sammy Sámo Samona Samson Samsul Samu Samuela Samukelisiwe Samy
Sanaa Sanda Sándor Sandu Sanele Sanem Sanford Sanja Sanjin Sanka Sanobar Sansone Santa Sante Santina Santino
Santo Sanya Sânziana Saodat Saphira Sapiente Sarada Sarai Sarala Şarani Saraswati Sarbello Sardor Sare Sarina
Sarisha Šárka Sarla Šarlota Sarmīte Saroja Sarra Sartika Sarvar Sarvin Sarvinoz Saša Sascha Sasha Saskia
Saskie Satine Satish Saturniano Saturnin Saturnino Satya Satyen Saulcerīte Sauveur Sáva Savanah Savaş Šavel
Saverio Saveta Savi Savin Savina Savinien Savino Savion Saxida Saxona Şayan Sayyora Scholastika Scholastique
Schuyler Scolastica Scot Scottie Scotty Seamus Sebas Sebastiaan Sebastiana Sebastião Sebestian Şebnem
Şecaeddin Seçil Seçkin Seconda Secondiano Secondina Secondo Sedat Sedef Seden Sedrick Sedrik Sefer Seff Şefik
Sefora Segilola Ségolène Seher Şehlevent Şehrazat Sekinat Sekou Selahattin Şelale Selami Selcan Selçuk Selda
Selen Selena Selène Selim Selina Selmer Selvaggia Selvi Selyan Sema Semenica Semih Semiramide Semplicio
Sempronio Semra Şemsi Sena Senay Şener Senesio Şengül Senka Senn Senne Şennur Senofonte Şenol Senta Sephora
Sepp Seppe Septi Şerafettin Serafín Serafína Serafino Seraina Serap Séraphin Serapione Șerban Serbülent Şeref
Seren Serenus Sergej Sergen Sergi Sergiu Sergiusz Serhat Şerif Serin Serine Sermet Şermin Serpil Sertaç
Sertap Servác Servidio Serviliano Sesto Seth Settar Settimio Settimo Setya Seval Sevara Sevda Severa
Severiano Severín Severina Séverine Severino Severo Sevil Sevim Sevinç Şevket Şevki Sevtap Şevval Şeyban
Şeyda Seydou Seye Seyfettin Seyfi Seyfullah Şeyma Seyyit Səbinə Şəhriyar Sfiso Shahboz Shahobiddin Shahriyor
Shahzod Shaï Shaïly Shaïma Shaina Shaka Shakila Shakira Shakti Shakuntala Shalewa Shamsiddin Shana Shane
Shanel Shanelle Shani Shania Shanice Shanie Shaniya Shankar Shanna Shannon Shanny Shanon Shantanu Shanti
Shany Sharda Shari Sharmila Shashi Shashikala Shawn Shawna Shay Shayan Shaylee Shayma Shayna Shayne Shea
Sheela Shekoni Sheldon Shelia Shelley Shelly Shemar Sher Sheri Sheridan Sherine Sherly Sherman Sherri
Sherwood Sheryl Sherzod Shirel Shirine Shiv Shivakari Shobhana Shodiyor Shola Shresth Shresthi Shreyashi
Shridevi Shrishti Shubha Shubhaprada Shukrulloh Shwet Shyann Shyanne Shyrel Siana Siara Sibel Sibilla
Sibongile Sibusiso Sibyla Sibylle Sico Sicuro Siddarth Siddhi Siddhran Sidiq Sidney Sidoine Sidon Sidonia
Sidonie Sidonio Sidra Sidy Siebe Sien Siep Sifiso Sigebert Sigfríd Sigfrido Sigismond Sigismondo Şihab
Şihabeddin Sihem Şiir Sijuade Silja Siloe Silvána Silvano Silvère Silverio Silvester Silvestr Silvestro
Silvian Silviana Silvie Silvija Silviu Silvius Simão Simea Simeon Simeona Simeone Simge Simi Similoluwa
Simina Simion Simisola Simo Simonetta Simonida Sina Sinan Şinasi Sindisiwe Sinem Sinenhlanhla Sinesio
Sinfronio Sinică Siniša Sinja Sinkler Sintia Siphephelo Siphiwe Sira Sireno Siria Siriano Siricio Sirine
Sirineu Sirio Siro Sirojiddin Siska Sisto Sitara Sithembiso Sixt Sixte Sixtine Sixtus Siyanda Sizakele Sizani
Sıdkı Sıla Sırrı Sjoerd Sjors Skaidrīte Skander Skarlet Skarleta Skye Skyla Slađana Slamet Sláva Slávek
Slaven Slavěna Slaviboj Slavibor Slavica Slávka Slavko Slavoboj Slavoj Slavoljub Slavomil Slavomila Slavomír
Slavomíra Slobodan Slobodanka Sloka Smaranda Smeralda Smil Smiljana Smilla Smita Smriti Sname Snežana
Snježana Soan Soave Soběslav Soběslava Sobit Soccorso Socrate Sodiq Sofiane Sofija Sofronia Sofronie Sohan
Sohane Sohib Sokrat Solal Solange Soleh Solène Solenn Soline Solocone Solomon Solon Solveiga Soma Somnath
Somu Soňa Sondre Sonja Sönke Sonya Soof Soraia Sorana Sorin Sorina Sostene Sosteneo Sostrato Soter Sotira
Souleyman Souleymane Soumaya Sowande Spano Spartaco Speranța Speranza Speranzio Spīdola Spirydion Spytihněv
Srboljub Srećko Sredoje Srna Stacey Stacy Stan Stana Stanca Stancu Stanford Stanimír Stanislao Stanislas
Stanislav Stanislava Stanko Stanley Stanton Staša Šťasta Stáza Steeve Štef Ștefana Stela Stelian Steliana
Steluța Štěpán Štěpána Štěpánka Stephaans Stephan Stephania Stephany Stephon Sterre Stevan Steve Stevie
Stiliano Stipan Stipe Stiriaco Stjepan Stojan Stojanka Stojmír Strahinja Stribor Suat Subhash Subhashini
Subhasini Subhi Subodh Subomi Sucheta Suci Sude Sudeva Sudi Sue-Marie Suélen Süheyl Suhrob Sujata Sukanya
Şükrü Sulaymon Şule Süleyman Sulton Suma Suman Sumayyah Sumitra Sunay Sunčica Surano Sururi Surya Suryakant
Suryakanta Suryakantam Susheel Sushil Sushma Susie Suus Suyuna Suzan Suzana Suze Suzie Suzon Svatava Svatoboj
Svatobor Svatomír Svatopluk Svatoslav Svatoslava Svebor Svetislav Světla Světluše Svetolik Svetomir Svetozar
Sveva Sviturno Swann Swapnil Swara Swarnalata Swassane Sweta Syahrini Sybilla Sybille Syble Sydnee Sydney
Sydni Sydnie Sylva Sylvester Sylvestre Sylvia Sylviane Sylwester Synne Syrine Szabolcs Szczepan Szofi Szofia
Szonja Tabea Tabita Tabitha Tabris Taceddin Tacjana Taddeo Tade Tadeáš Tadeo Tadija Taha Tahir Tahlia Tahsin
Taib Taide Taïna Taïs Taiwo Talat Talay Talea Talha Tali Talip Tālis Talita Tālivaldis Tālrīts Talya Tamás
Tami Tamia Tamina Tamino Tammaro Tammo Tammy Táňa Tancrède Tancredi Taner Tanguy Tania Tanirika Tanju Tankred
Tansu Tantri Tanushree Tanushri Tanya Tanyeli Tapan Tara Tarcisio Tari Tarik Tarkan Tarquinia Tarsilla Tarso
Tarun Taryn Tasa Tasdik Tasha Taşkın Tasnim Tasnime Taswir Taťána Tate Tatjana Tatum Taufan Taufik Taurean
Taurin Tavares Taya Tayfun Tayler Tayyar Taziana Taziano Tazio Teagan Tecla Tedi Teea Teguh Teije Teja Tejas
Tejumola Tekin Tekinalp Tekla Telchide Telemaco Telica Telly Temel Temidayo Temistocle Temitope Teobald
Teobaldo Teodata Teodolinda Teodor Teodora Teodorik Teodosia Teodosio Teodoto Teodoz Teodozie Teofan Teofil
Teofila Teogene Teohari Teoman Teona Terenc Terence Terencius Terencjusz Terenzio Tereza Terēze Terézia
Terezie Teri Terrance Terrell Terrence Terri Terrill Tertuliano Terzo Tesauro Tesifonte Tesnim Tesnime Tessa
Tessie Teudosia Teunis Tevfik Tevhid Tevin Tezcan Tezel Tezer Tərlan Thabisa Thad Thaddeus Thadie Thalea
Thalia Thamsanqa Thando Thanina Thelma Theobald Theodora Theodore Theodorik Théodose Theodosie Theofan
Theofil Theofila Theophane Théophile Théophraste Theotime Theresia Theron Theunis Theuns Thibaud Thibault
Thibaut Thibert Thibo Thierno Thies Thije Thijmen Thijn Thilo Thirza Thobeka Thora Thorben Thore Thorge
Thulani Thulisile Thurman Tiana Tianna Tibaldo Tibbe Tiber Tiberia Tiberio Tiberiu Tiberius Tibo Tibor
Tiburcius Tiburzio Tichomil Tichomír Tichon Ticone Tidiane Tieme Tierra Tiguida Tihomir Tija Tijana Tijn Tijs
Tilio Tilla Tillman Tillmann Timbul Timea Timm Timmothy Timmy Timoléon Timon Timotei Timotej Timoteo Timoteus
Timothe Timothée Timur Tinca Tincuța Tino Tiphaine Tira Tiril Tirone Tirta Tirtayasa Tirza Titi Titien
Titilayo Titilope Titin Tito Titouan Titus Tizian Tizio Tınas Tjark Tobia Tobiasz Tobiloba Tobin Todd Todor
Tohir Toki Tokunbo Tolomeo Tolulope Tolunay Toluwalope Toluwani Toluwanimi Toma Tomasa Tomáška Tomi Tomiloba
Tomislav Tomislava Tomke Tommie Tomo Tomori Tonči Tončica Toney Tonija Tonka Tonko Tonnin Tonya Toon Tope
Torey Torkvát Torquato Torrance Torrey Tosca Toscane Tosco Toska Toussaint Toyip Traci Traian Trajan
Tranquillo Trasea Travis Travon Tremaine Tremayne Trent Trenton Tressa Tressie Treva Trever Trevion Trey
Tricia Trilochan Trilochana Trilok Trilokanath Trilokesh Triloki Trisha Tristan Tristano Tristian Tristin
Triston Trpimir Trpko Trudie Trycia Trystan Tsabita Tsipora Tuana Tudor Tudora Tudorița Tudosia Tufan Tugay
Tuğba Tugiman Tuğrul Tuğtekin Tuhfe Tülay Tülin Tullia Tulliano Tullio Tümer Tunahan Tunar Tunay Tunç Tunçer
Turan Turgay Turgut Turi Turibio Türkan Türkay Türker Türkeş Turna Turold Tushar Tussio Tutku Tuur Tvrtko
Twila Tybalt Tycho Tygo Tymeo Tyra Tyree Tyreek Tyrel Tyrell Tyrese Tyrique Tyron Tyrone Tyshawn Tyson Ubaldo
Ubaydulloh Ubertino Uberto Uchita Uchqun Udai Udit Ueli Uffe Ufuk Uģis Ugolina Ugolino Uguccione Uğur Uhra
Ujjawal Ujjwal Ukbe Ulberto Ulderico Ulduz Ulfa Ülfet Ulfo Ülgen Ulices Ulises Ulisse Uliva Ülker Ülkər Ülkü
Ulpiano Ulrich Ulrico Ulstano Ultimo Ulus Uluthando Ulva Ulvi Ulviye Ülviyyə Ulwazi Ulya Ulysse Umang Umay
Umaya Umid Umida Umidulloh Umile Ümit Ümmiye Ümran Umur Umuralp Umut Ünal Undīne Unggul Unjani Unna Ünsel
Ünseli Upendra Upik Upton Uqbaloy Uranio Urbain Urbano Urdino Urfon Uriah Uriel Uriele Urmila Ursicio Ursino
Ursmaro Ursule Usame Usmon Usyi Utama Utku Uttam Uygu Uzayr Uzbegim Üzeyir Uzodimma Václav Václava Vada Vadim
Vafo Vagn Vahâ Vahdet Vahid Vahide Vaidehi Vaijayanthi Vaijayanti Vaishnavi Vaishno Vaishvi Vala Valburga
Valdemara Valdemārs Valentijn Valentim Valentino Valentīns Valentýn Valentýna Valér Valera Valère Valerián
Valeriana Valeriano Valerico Valerija Valērijs Valeriu Valéry Valfredo Valfrido Vali Vallie Valtena Valtr
Vance Vania Vanja Vanna Vanya Varalakshmi Varo Varvara Vasanti Vasco Vasil Vasile Vasilica Vasilisa Vasko
Vasliddin Vasudev Vasudeva Vasudha Vasundhara Vatroslav Vaughn Vavřinec Vecdi Veda Vedang Vedanga Vedanshi
Vedasto Vedat Vedran Vedrana Věduna Veerle Vefa Vefik Vehbi Veit Vela Velana Velaphi Velda Veleslav Veleslava
Veli Velibor Velimír Velimira Velina Velio Velislav Velislava Vella Velma Velva Vena Venance Venanzio Vencel
Venceslao Venceslas Věnceslav Věnceslava Vendel Vendelín Vendelína Vendula Vendulka Věnek Venera Veneranda
Venerando Venere Venerio Veniamin Věnka Ventura Venuše Venusta Venustiano Venusto Verano Verda Verdiana
Verdie Vere Verecondo Verena Verenzio Vergie Veriana Verica Veridiana Verla Verlie Vern Verna Verner Vernice
Vernie Vernon Vero Veronika Věroslav Věroslava Verulo Veselinka Vesile Věslava Vēsma Vesna Vespasiano Vesta
Veta Veysel Veysi Vezio Vianney Vicdan Vicenta Vicenția Vicențiu Vicki Vickie Vicky Victoire Victorien
Victorin Vida Vidak Vidhur Vidhya Vidiano Vidone Vidor Vidur Vidya Vienna Viera Vieroslava Vieve Vigile
Vijeko Vijolīte Viktorie Viktorin Vildan Vilém Viléma Vilemína Vilfredo Vilhelm Vilhelmīne Viliam Viliana
Vilibald Viliberto Villy Vilmar Vilmārs Vilmos Vimal Vimala Viman Vinay Vince Vincenc Vincencie Vincențiu
Vincenza Vinciane Vindonio Vinebaldo Vinfrido Vinicio Vinka Vinnie Vino Vinsen Vinz Violante Violeta Violette
Viorel Viorela Viorica Virág Virgie Virgil Virgile Virgilio Virginio Virman Virone Visarion Viscardo Vishnu
Vishwamitra Višnja Vissia Víta Vitalico Vitālijs Víťazoslav Vítězslav Vítězslava Vito Vitold Vitor Vítoslav
Vittore Vittoriano Vitus Vivaldo Vive Vivi Vivian Viviana Viviane Vivianne Viviano Vivien Vivienne Vizbulīte
Vjekoslav Vjenceslav Vlad Vladan Vladana Vladek Vladěna Vladimíra Vladimiro Vladislav Vladislava Vladivoj
Vlado Vlaicu Vlasta Vlastimil Vlastimila Vlastimír Vlastimíra Vlastislav Vlastislava Vlatka Vlatko Vodingo
Voichița Voicu Vojen Vojin Vojislava Vojmil Vojmír Vojmíra Vojslav Vojslava Vojtěch Vojtěška Voldemārs
Volfango Volfgang Voršila Vosil Vratislav Vratislava Vratko Vreni Vrinda Vrund Všeboj Všebor Všerad Všeslav
Vsevolod Vujadin Vujica Vukan Vukašin Vukica Vukota Vulmaro Vulpiano Vuslat Vusumuzi Vyas Wael Waino Wakiman
Walenty Walentyn Walentyna Waleran Waleria Walerian Walery Walgierz Waluyo Wandrille Wanesa Wani Wannes
Waqila Wardaya Wardi Warji Warley Warre Warsa Warsita Warta Wasis Wassim Wava Wawan Wawrzyniec Waylon Weldon
Wende Wendell Westley Weston Whitney Wiara Wibke Widya Wiebke Wiem Wies Wilber Wilbert Wilbur Wilburn Wiley
Wilford Wilfred Wilfredo Wilfrid Wilfried Wilfryd Wilhelmine Willa Willard Willy Wilmer Wilton Wincenty Winda
Winfield Winifred Winnifred Winona Winston Wira Wirda Wirginia Wisnu Wissam Wissem Witalis Władysław
Włodzimierz Woodrow Wulan Wulandari Wuraola Wyman Xalima Xanana Xander Xaver Xaverie Xaverius Xavi Xavière
Xenia Xenie Xénophon Ximena Xochitl Xzavier Yacine Yacouba Yadira Yaëlle Yağız Yağmur Yago Yahya Yahyo Yakubu
Yalçın Yalgın Yaman Yamileth Yamina Yana Yance Yango Yani Yanis Yann Yanni Yannic Yannik Yaprak Yarah Yaren
Yaretzi Yaro Yaron Yaşar Yasemin Yasin Yasmeen Yasmina Yassin Yassine Yassir Yavuz Yaya Yazid Yazmin Yejide
Yekta Yelda Yeliz Yener Yenthe Yesenia Yeşim Yessenia Yessi Yetkin Yewande Yfke Yibanathi Yiğit Yinthe Ylan
Ylvi Ylvie Yoan Yoann Yoav Yoel Yogendra Yogesh Yoginder Yohan Yohann Yolande Yona Yonca Yoni Yono Yoqub
Yorbek Yorqin Yoshiko Yosra Yossef Yosun Youcef Youmna Youna Younes Youness Youp Youri Yousra Youssouf Yozida
Yoznur Ysaline Ysee Yseult Yüce Yücel Yüksel Yuliana Yumi Yümni Yuni Yunita Yunus Yvan Yven Zabedeo Zabina
Zabir Záboj Zaccaria Zaccheo Zachar Zacharia Zachariah Zachariáš Zachariasz Zacharie Zaché Zachery Zack
Zackary Zackery Zadig Zaenab Zafar Zafer Zafir Zaharia Zahide Zahir Zâhit Zaida Zain Zaira Zakaria Zakariya
Zakary Zakarya Žakelina Zaki Zakir Zalán Zalindra Zama Zamfir Zamfira Zamir Zamira Zana Zander Zane Žanete
Žanis Zanita Žanna Zanobi Zara Zaraza Zaria Zarije Zarina Žarko Zaur Zavida Záviš Zayd Zayn Zayneb Zayniddin
Zbislav Zbyhněv Zbyhněva Zbyněk Zbyňka Zbyšek Zbyška Zbyslav Zbyslava Ždan Ždana Zdena Zdeněk Zdenka Zdenko
Zderad Zdeslav Zdeslava Zdík Zdirad Zdislav Zdislava Zdravko Zechariah Zefiro Zehra Zeinab Zejnep Zekai
Zekeriyyâ Zekiye Zelaya Zelda Želibor Zelie Zeliha Želimír Želimíra Zelinda Želislav Želislava Željka Željko
Zella Zelma Želmír Želmíra Zeltīte Zena Zenaide Zenebio Ženija Zeno Zenobia Zenobie Zenobio Zenone Zenovia
Zente Zenzele Zéphirin Zerrin Zétény Zetico Zetta Zeyd Zeyneb Zeynel Ziad Ziedīte Zigfrīda Zigfrīds Zigmārs
Žigmund Zigrīda Zihnî Zikmund Zīle Zilola Zina Zinaida Zineb Zinedine Zion Zita Zithulele Žitomír Žitomíra
Žitoslav Žitoslava Živa Živan Živana Ziver Ziya Ziyad Ziyanda Ziyo Zizi Zlata Zlatan Zlatica Zlatka Zlatko
Zlatomír Zlatomíra Zlatuše Zobuhle Zoéva Žofie Zohid Zohir Zohra Zoie Zoila Zoilo Zoja Zokir Zola Zoltán Zora
Zoran Zorana Zorka Zoroslav Zoroslava Zosim Zosima Zosimo Zoyir Zrinislav Zrinko Zselyke Zsófia Zsolt Zsombor
Zubayr Zübeyde Zübeyr Žubīte Zühal Zula Zulaikha Zülal Züleyha Zulfa Zulfikar Zümrüt Zuxra Zuzana Zvezdana
Zvonimír Zvonimíra Zvonko Zyad Άγγελος Αθανασια Αθανάσιος Αικατερινη Αλεξανδρα Αλέξανδρος Αναστασια
Αναστάσιος Ανδρέας Αννα Αντώνης Απόστολος Αριστείδης Βασίλης Γεωργια Γεώργιος Γρηγόριος Δεσποινα Δημητρα
Δημήτρης Διονύσιος Ελενη Ελευθέριος Εμμανουήλ Ευαγγελια Ευάγγελος Ευστάθιος Ηλίας Θεόδωρος Ιωαννα Ιωάννης
Κωνσταντινα Κώστας Λεωνίδας Μαρια Μιχαήλ Νικόλαος Παναγιωτα Παναγιώτης Παρασκευάς Παρασκευη Παύλος Πέτρος
Σοφια Σπύρος Σταύρος Σταυρουλα Στέφανος Στυλιανός Σωτήριος Φώτιος Χαράλαμπος Χρήστος Χριστινα Χρυσουλα Август
Августин Авдей Аверкий Аверьян Авксентий Аврелій Аврелія Аврора Автоном Агап Агапія Агата Агафія Агафон
Агафья Аггей Агнеса Агнія Агрипина Адам Аделаїда Аделіна Адриан Адріана Адріян Азалія Азарий Азарій Аким
Акулина Алевтин Алевтина Александар Александр Александра Алексей Алексо Алина Аліна Алла Альберт Альбіна
Альвіна Амвросий Амос Ананий Анастас Анастасија Анастасия Анастасій Анастасія Анатолий Анатолій Анатолія Анѓа
Ангел Ангела Ангеле Ангелина Ангеліна Андон Андрей Андреј Андреја Андрій Андрон Андроник Анжела Анжелика
Аникей Аникита Анисим Анна Анте Антим Антип Антін Антон Антонида Антониј Антонин Антонина Антоній Антоніна
Антонія Анфіса Анче Аполлинарий Аполлінарія Аполлон Аполлонія Апостол Арефий Аристарх Аркадий Аркадій Аркадія
Арсен Арсений Арсениј Арсеній Артем Артемий Артемія Архип Асен Аскольд Атанас Атанасиј Атанасија Афанасий
Афанасій Афанасія Афиноген Бажен Билјана Бисера Бистра Біломир Білослав Білослава Біляна Блага Благе Благица
Благовіста Благој Благоја Благојка Благородна Благуна Блаже Блаженка Богатин Богдан Богдана Богиња Богоја
Богослав Богуслава Божана Божемир Божен Божена Божидар Божин Божо Бојан Бојана Болеслав Болеслава Боримир
Боримисл Борис Борислав Борислава Борјан Борјана Борка Борко Боро Босилка Бошко Боян Бранка Бранко Братимир
Братислав Братомил Братослав Бронислав Броніслава Брячислав Будимир Буйтур Буревіст В’ячеслав В’ячеслава
Вадим Валентин Валентина Валерий Валерия Валерій Валерія Валерьян Вангел Ване Ванче Ванчо Вања Варвара
Варлаам Варфоломей Васил Василий Василиј Василија Василина Василиса Василка Василко Василь Васка Вацлав
Велемир Велика Велимир Величко Велјан Вељо Венедикт Вениамин Венко Вера Вероника Весела Веселин Весна Видое
Викентий Виктор Викторин Виктория Виолета Виссарион Виталий Віктор Вікторія Вілена Віленіна Віліна Віола
Віолетта Віра Віргінія Віта Віталій Віталіна Влад Влада Владилен Владимир Владислав Владислава Владлен Владо
Влас Власта Властимир Воислав Војдан Војданка Војкан Володимир Володислав Волче Воскресија Всевлад Всеволод
Всемил Всеслав Всеслава Вышеслав Вячеслав Габриела Гаврил Гаврила Гаврило Галаба Галактион Галена Галина Гане
Ганна Гарнослав Гедеон Гелена Геннадий Геннадій Георги Георгий Георгій Герасим Герман Глафира Глеб Глигор
Гліб Гнат Гого Ѓоко Голубинка Горан Ѓорѓи Гордана Гордей Гордій Ѓоре Горимир Горислав Горица Горјан Горјана
Ѓорче Гостомысл Гоце Градимир Гремислав Григор Григорий Григорій Грозда Гроздан Ѓурѓа Ѓурѓица Гурий Ѓурчин
Давид Давыд Далемир Далеслава Дамјан Дамјана Дана Данаил Даниел Данила Данило Даница Данка Данчо Дарина
Даринка Дарислава Дарій Дарко Даромир Дарья Дафина Дејан Делјан Делчо Дементий Демид Демьян Денис Деница
Десанка Деспина Дивна Диме Димитар Димитрие Димитриј Димитрија Димко Димо Димче Діана Діяна Дмитрий Дмитро
Добри Добрила Добринка Добромила Добромир Добромира Добромисл Добромисла Добромысл Доброслав Доброслава
Дојчин Долеслава Доляна Домника Донка Доротеј Дорофей Драга Драган Драгана Драги Драгиша Драгољуб Драгомир
Драгослав Душан Душанка Душка Душко Евгений Евгениј Евгенија Евгения Евграф Евдокија Евдоким Евдокия Евлампий
Евпраксия Евсей Евстафий Евстигней Евтим Евфросиния Егор Екатерина Елена Елеонора Елизавета Елизар Елисавета
Елисей Елица Елка Емануел Емельян Емил Епифан Еразмо Еремей Ермил Ермолай Ерофей Есма Ефим Ефимија Ефрем
Ефросина Ефтим Євген Єремій Жанна Живка Живко Жозефіна Забава Загорка Зафир Зафирка Захар Захариј Захаринка
Захарій Зборислав Звенигор Звенимир Звенислав Звенислава Здравка Здравко Земислав Зеновій Зинаида Зиновий
Зиновій Зінаїда Злат Злата Златан Злате Златко Златомир Зора Зоран Зоремир Зореслав Зореслава Зорина Зорица
Зорка Зорян Зоряна Зосима Ѕвезда Ѕвездан Ѕвонко Иван Ивана Иванка Иванна Ивко Игнат Игнатий Игор Игорь Измаил
Изот Изяслав Иларион Илија Илинденка Илинка Илья Иннокентий Иосиф Ипат Ипатий Ипполит Ираида Ираклий Ирина
Исай Исак Исидор Искра Іван Іванна Ігор Ізяслав Ілля Ілона Інна Іннеса Ірина Ірма Јаворка Јагода Јадранка
Јаков Јана Јане Јанка Јасна Јоаким Јован Јована Јованче Јовица Јовка Јово Јозо Јонче Јордан Јордана Јорданка
Јосиф Јулијана Казимир Калина Каллистрат Капитон Каранфилка Каріна Карл Карп Касьян Ката Катерина Катина
Катица Катја Квітка Квітослава Кераца Кира Кирил Кирилл Киро Кита Клавдий Клавдия Клавдія Климент Климентина
Козма Коле Кондрат Кондратий Конон Константин Константина Корнелій Корнил Корнилій Корнило Корній Косара
Костадин Костадинка Костянтин Коце Кочо Крентта Крстана Крсте Крсто Круме Ксения Ксенія Ксенте Кузман Кузьма
Купава Куприян Лавр Лаврентий Лаврентій Лаврін Лада Ладимир Ладислав Ладо Ладомир Лазар Лазарь Лазо Лариса
Левко Лена Ленче Леон Леонид Леонтий Лепа Леся Лидија Лидия Лика Ликера Лилјана Лина Листвич Лідія Лілія
Лонгин Лора Лук’ян Лука Лукия Лукьян Лучезар Любава Любим Любислава Любов Любовь Любодар Любозар Любомила
Любомир Любомира Люборада Любослава Любосмысл Людмила Людомила Љуба Љубе Љубен Љубинка Љубица Љубиша Љубомир
Љупка Љупчо Магдалена Майя Макар Македон Македонка Макрина Максим Максимильян Мальва Мар’ян Мар’яна Мара
Маргарита Мариан Марија Марика Марин Марина Мария Марічка Марія Марјан Марк Маркіян Марко Марта Мартын
Мартьян Марфа Матвей Матвій Мате Матеја Матрона Меглена Меланија Меланія Мена Мери Мето Методи Методиј
Методија Мефодий Мечислав Мечислава Микита Микола Милан Миле Милева Милен Милена Милий Милица Милка Милован
Милодара Милослава Милош Милчо Мина Минчо Миодраг Мирјана Мирка Мирко Мирон Мирослав Мирослава Мирче Митофан
Митре Михаил Михайло Михајло Михей Михо Мичо Мілана Младен Модест Моисей Мокей Мокрина Момо Момчило Мотря
Мстислав Мстислава Мусій Нада Надежда Надія Назар Назарій Наина Нанче Наркис Наталія Наталья Натан Наум
Наумка Небојша Невенка Неда Неделка Неделко Неля Немир Немира Ненад Неофит Нестор Нешо Никандр Никанор Никита
Никифор Никодим Никодина Никола Николай Николина Никон Нина Нинель Нифонт Ніна Нонна Огнен Огняна Оксана
Октябрина Олга Олег Олександр Олександра Олексій Олелько Олена Олесь Олеся Оливер Оливера Олимпиада Олимпий
Ольга Омелян Онуфрий Орде Орест Ореста Орина Орислава Орися Оріяна Орхип Осип Остап Остромир Охрім Павел
Павле Павлина Павлинка Павліна Павло Палажка Панас Панкрат Панкратий Пантелеймон Пантелејмон Панфил Панче
Парамон Параскева Партениј Парфен Паскал Пауна Пахом Пелагея Пелагија Пелагія Пенчо Перо Петар Петкана Петко
Петр Петра Петранка Петре Петро Пеце Пилип Пимен Писана Платон Подолян Поликарп Полина Поліна Поляна Порфирий
Потап Потішана Прасковья Пров Прокл Прокопиј Прокофий Прохор Раде Радим Радимир Радислав Радмила Радміла
Радован Радослава Раиса Раїна Раїса Рајко Рајна Ракита Ранко Ратибор Ратимир Ратмир Рафаила Рахела Рахилка
Регина Ризо Ристана Ристе Ристо Родион Родіон Родна Родослав Роксолан Роксолана Роман Ромена Ромил Роса Роска
Ростислав Ростислава Рубен Ружа Румена Русалина Русанка Руслан Руслана Рюрик Сава Савва Савватий Саве Савелий
Саво Самоил Самсон Самуил Санде Сандра Сара Сашка Сашко Светлана Светозар Світлана Святополк Святослав
Святослава Севастьян Селиван Селиверст Семен Семибор Серафим Серафима Сергей Сергій Сигизмунд Сидор Сила
Силантий Силјан Сильвестр Симјанка Симон Симона Синклитикия Синьоок Слава Славе Славенка Славица Славјанка
Славка Славко Славолюб Славомир Славута Славчо Слободан Слободанка Сміяна Снежана Сніжан Сніжана Сократ
Сологуб Соломія Соломон Сончица Соня Сотир Софе Софија София Софія Софон Софрон Софрониј Спартак Спаса Спасе
Спасена Спиридон Спиро Споменка Србо Сребра Сребре Стале Стамена Станимир Станислав Станислава Станіслав
Стево Степан Стефан Стефанија Стефаній Стефанка Стожар Стоилко Стојан Стојанка Стојмен Стојмена Стојна Стојче
Стоян Страте Страхил Сузана Сюзана Таисия Таїсія Тамара Танас Тарас Таска Татјана Татьяна Ташко Ташо
Твердислав Творимир Темелко Темјана Теодор Теодора Теодосиј Теодосија Теофан Теофил Теофилка Терентий Тетяна
Тиміш Тимофей Тимофій Тимур Тихо Тихомир Тихон Тоде Тодор Тодорка Томе Томислав Трајан Трајанка Трајко Трајче
Трена Трендафилка Трифон Трифун Тришо Трофим Убавка Ульян Ульяна Устим Устин Устина Фадей Фаина Фаїна Фана
Фанка Феврония Февронія Федор Федора Федосий Федот Фёкла Феликс Феодосія Феоктист Феофан Ферапонт Филарет
Филимена Филимон Филип Филипп Фирс Флорентин Флоринка Фока Фома Фортунат Фотий Фрол Фросина Харалампие
Харитина Харитон Харлампий Хвалимир Хорив Христијан Христина Христо Христофор Христя Цара Цвета Цветан
Цветанка Цветко Цеко Часлав Чедо Чедомир Чеслав Чорнота Шишман Щастислав Эдуард Элеонора Эмилия Эмиль
Эммануил Эраст Эрнест Эрнст Ювеналий Юлиан Юлий Юлия Юліан Юліанна Юлія Юрий Юрій Юстина Юхим Юхима Юхимія
Яков Якуб Януарий Ярема Ярина Яровид Яромил Яромир Ярополк Ярослав Ярослава אביאל אביב אביבית אביגדור אביגיל
אביה אביחי אביטל אבינועם אביעד אבירם אבירן אבישג אבישי אביתר אברהם אבשלום אדווה אדיר אהבה אהוד אהרון אודיה
אודליה אוהד אווה אופיר אופירה אופל אופק אורטל אורי אוריאל אוריה אורית אורלי אורן אושרי אחיה אייל איילה איילת
אילון אילן אילנה אילנית אימרי אירית איתי איתם איתמר איתן אלדד אלדר אלומה אלון אלחי אלחנן אליאב אליאור אליאנה
אליאס אליה אליהו אלימלך אלין אלינור אליסף אליענה אלירז אלירן אלישבע אלישיב אלישמע אלישע אלכס אלכסנדר אלמוג
אלעד אלקנה אלרועי אמונה אמור אמיר אמיתי אמנון אנאבל אניעם אסיף אסנת אסתר אפיק אפריל אפרים אפרת אראל אראלה
ארבל ארטיום אריאל אריאלה אריאנה אריה ארייה ארנון ארתור בארי בועז בניה בנימין בצלאל בראל ברוך ברית ברקת בתיה
ג'וי ג'ון גאיה גבריאל גבריאלה גדעון גוון גולן גוני גורן גיורא גילי גילת גלבוע גליה גלית גלעד דבורה דביר דגנית
דולב דורון דורין דורית דיאנה דינה דליה דניאל דניאלה דנית דפנה דקלה דרור הדסה הודיה הילה הראל ויויאן ויטה
ויקטוריה ולדימיר זבולון זהבה זוהר חביב חגית חושן חיים חיננית חירות חמוטל חנוך חנית טובה טופז טליה יאיר יגאל
ידיד ידידיה יהודה יהודית יהונתן יהורם יהושע יהלום יהלי יואב יואל יובל יוגב יודפת יוחאי יוכבד יוליה יונית יונת
יונתן יוסף יורם יותם יחזקאל ימית ינון יניב יסכה יסמין יעלה יעקב יערה יפית יפעת יפתח יצחק יקיר ירדן ירון יריב
ישראל יששכר כוכב כליל כפיר כרמי כרמית כרמל לביא לבנה לוטם לוטן לוסי ליאון ליאור ליאורה ליאל ליאם ליאן ליאת
ליבי לידור ליהיא ליזה ליטל לילי ליליה לילך לימור ליעד לירוי לירון לירז לירן מאור מאיה מאיר מוריה מורן מיטב
מיטל מיכאל מיכאלה מיכל מיקה מירן מלאכי מלכה מנחם מנשה מעיין מצדה מרדכי מריה מרים מרינה מתנה נאוה נהוראי נויה
נועה נועם נופר נורית נחשון נטלי נטעלי נילי נינט ניסן ניצן ניקולס ניתאי נמרוד נעמה נעמי נפתלי נריה נתיב נתנאל
סביון סופיה סטפן סיגלית סיון סיני סמדר ספיר סרגיי סתיו עברי עדנה עודד עוזיה עומר עומרי עופר עופרי עידו עידן
עיינה עילאי עינב עינת עלמא עלמה עמוס עמיחי עמית עמליה עמנואל ענבל ענבר ענהאל עפרה עקיבא ערגה צאלה צופיה ציון
צליל צמרת קורין קורל קטיה קליה קסניה ראובן רביב רביד רבקה רויטל רוית רומי רונהלי רוני רונית רועי רותם ריטה
רימון רינת רננה רעות רפאל שאול שגיא שגית שובל שוהם שולמית שונית שושנה שילה שיראל שירה שירז שירי שלהבת שלום
שלומי שלומית שלמה שמאי שמואל שמחה שמעון שמרית שקמה שרון שרית תאיר תאנה תבור תהילה תומר תיאו תכלת תלמה תמיר
תמרה תפארת תקווה آبتین آتوسا آذین آراه آرتام آرتمن آرتین آرزو آرش آرشام آرمان آرمیتا آرمین آریا آرین آزاده
آزرم آزرمدخت آزیتا آسر آفر آنا آناهیتا آنوشا آنیتا آهو آونگ آیدا آیدین أحمد أركان أسامة أسعد أشرف أكرم أليف
أمان أمجد أمير أمين أنس أنيس أوس أيمن إسلام إياد إياس إيهاب ابراهيم اختر اردشیر اردوان ارژن ارژنگ ارسلان
ارغوان ارمغان ارنواز اروانه اروي استر اسفندیار اشکان اشکبوس افسانه افسون افشین القاسم المقداد امید امیر
امیرحسین امیرسینا امین انوشروان اهورا اورنگ اوژن اوستا ایاز ایران ایراندخت ایرج ایزدیار ایمان بابک باپوک
باربد بارمان باسل باسم بامداد بامشاد بانو بتول بختیار بدران براءة برانوش بردیا برزو برزویه برزین بركات برمک
برهان بزرگمهر بسام بسيم بشار بلال بلبل بلسم بليغ بندر بنفشه بهار بهارک بهاره بهتاش بهداد بهدیس بهرام بهرخ
بهرنگ بهروز بهزاد بهشاد بهمن بهناز بهنام بهنود بهنوش بهيج بوژان بویان بیتا بیژن پارسا پارمیس پاکان پاکتن
پاکدخت پدرام پرتو پردیس پرستو پرشنگ پرناز پرنیا پرنیان پرهام پروانه پرویز پروین پریا پریچهر پریدخت پریسا
پریناز پریوش پژمان پژوا پشنگ پگاه پوپک پوران پوراندخت پوریا پولاد پونه پویا پیام پیروز پیمان تابان تاباندخت
تاجی تارا تاویار ترانه تميم تناز توران توراندخت تورتک تورج توژال توفان توفيق تيسير تینا تینو ثابت جابان جابر
جاسر جاسم جامین جاوید جبريل جریره جسور جعفر جلال جليل جمال جمشید جمعة جميل جهاد جهان جهانبخت جهانبخش جهاندار
جهاندخت جهانگیر جواد جوان جوهر جویا جیران چابک چالاک چاوش چکاوک چهرزاد چوبین حاتم حاجب حارث حازم حافظ حامد
حبيب حذيفة حسام حسان حسني حسون حسین حطاب حفيظ حكيم حلمي حليم حمدان حمدي حمزة حمودة حميد حمید حيدرة خالد
خاوردخت خباب خداداد خدایار خرمدخت خسرو خشایار خلدون خلود خليل خورشید خيري دادمهر دارا داراب داریا داریوش
دانوش دانیال داوود دایان درسا دريد دریا دلارام دلبر دلبند دلربا دلشاد دلکش دلناز دلنواز دنیا دورشاسب ديسم
دیااکو دیانوش دیبا ذاكر رؤوف رائد رائف رابح رابو رابین راتب رادبانو رادمان رازبان راژانه راسا راسپینا راسم
راشد راغب راكان رامتین رامز رامش رامشگر رامونا رامي رامیار رامیلا رامین راویار ربيع رتيب رخپاک رخسار رخشانه
رخشنده رزمیار رژینا رستم رسلان رشاد رشدي رشيد رضوان رفيع رفيق ركان رکسانا رمزي رمضان رنيم رهام روبینا رودابه
روزبه روشنک روناک رویا رياض ريان ریبار زادبخت زادماسب زاهر زاوا زردشت زرنگار زرین زرینه زمانه زونا زياد زيدون
زیبا زیبار زیما زینب زینو ژالان ژاله ژیار ژینا ژیوار سارا سارک سارنگ ساره ساسان ساغر سالم سامان سامح سامر
سامي سانا ساناز سانیار ساهی ساویز ساینا سایه سپنتا سپند سپهر سپهرداد سپیدار سپیده ستاره سجاد سراج سرافراز
سرحان سرمد سرور سروش سريج سعيد سعید سفيان سلامة سلمان سليم سماح سمير سمیرا سمیه سنبله سهراب سهره سهند سهيل
سهیل سوبا سوبار سودابه سورن سورنا سوری سوزان سوزه سوسن سوگند سولان سولماز سومار سیامک سیاوش سیما سیمدخت سیمین
سینا شاپرک شادمهر شادي شادی شاران شاكر شاهپور شاهدخت شاهرخ شاهین شاهیندخت شایان شایسته شباهنگ شبدیز شبنم
شراره شرمین شروین شريف شعبان شفيع شفيق شكري شكيب شکفته شکوفه شکوه شمشاد شمیلا شمین شهاب شهبار شهباز شهبال
شهپر شهداد شهرآرا شهرام شهربانو شهرزاد شهرناز شهرنوش شهره شهروز شهریار شهلا شهنواز شهین شوان شورانگیز شوری
شوقي شیبا شیدا شیده شیردل شیرزاد شیرنگ شیرو شیرین شیما شینا شیوا صابر صادق صبحي صبري صداح صدرا صدقي صفوان
صلاح صهيب ضياء طارق طاهر طلال طهماسب طهمورث طوطی ظافر عادل عارف عاشور عاصم عاصي عاطف عامر عباس عثمان عجمي
عدلان عدلي عدنان عرفات عرفان عزام عزمي عزيز عطية عفيف علاء علوي علیرضا عماد عمار عمران عنود عوضية عياض غازي
غانم غزاله غسان غفار غنچه غوغا فؤاد فائز فاخر فادي فارس فاروق فاضل فاطمه فاكر فتاح فتانه فتحي فخري فراز فراس
فرامرز فرانک فراهان فربار فربد فربغ فرجاد فرحات فرداد فردیس فرزاد فرزام فرزان فرزانه فرزین فرشاد فرشته فرشید
فرگام فرمان فرناز فرنگیس فرنود فرنوش فرنیا فرهاد فرهنگ فرهود فروتن فرود فروز فروزان فروزش فروزنده فروغ فريد
فریبا فریبرز فرید فریدخت فریدون فریمان فریماه فرین فریناز فرینوش فریوش فضيل فكري فهمي فواز فوزي فيصل فیروز
فیروزه قابوس قاسم قباد قدري قدسی كاظم كامل كمال کابان کابوک کارا کاراکو کارو کامبخت کامبخش کامبیز کامجو
کامدین کامران کامراوا کامک کامنوش کامیار کانیار کاوه کاووس کتایون کرشمه کسرا کسری کلاله کمبوجیه کهبد کهرام
کهزاد کوشا کیارش کیان کیانا کیانچهر کیاندخت کیانوش کیاوش کیخسرو کیقباد کیکاووس کیمیا کیهان کیهانه کیوان
کیومرث گردان گرشا گرشاسب گرشین گرگین گشتاسب گلاره گلاله گلاویز گلباد گلبار گلبام گلبان گلبانو گلبرگ گلبهار
گلبو گلبیز گلپاره گلپر گلپری گلپوش گلچین گلدخت گلدیس گلربا گلرخ گلرنگ گلرو گلریز گلزاد گلزار گلسا گلشن گلشید
گلنار گلناز گلنسا گلنواز گلنوش گودرز گوماتو گیتی گیسو گیلدا لادن لاله لبخند لبيب لطفي لقاء لهراسب لومانا
مأمون مؤمن مؤنس ماجد مارال ماری مازن مازیار ماکان مامک مانا ماندانا مانوش مانی مانیا ماهان ماهاندخت ماهچهر
ماهدخت ماهرخ ماهزاد ماهور مبارك مبروك مجاهد مجدي مجيد مجید محجوب محدثه محرز محسن محفوظ محمد محمدرضا محمود
مختار مخلص مراد مرتضى مردآویز مرداس مرزبان مرزوق مرسي مرشد مرعي مرمر مروارید مروان مریم مزدک مژده مژگان مستان
مستانه مستعين مسعد مسعود مشکاندخت مشکناز مصطفى مصعب مصلح مطيع معاذ معتز معين مفتاح مقداد ملیسا ملیکا ممتاز
ممدوح منتصر منذر منصف منصور منعم منوچهر منيب منير منیژه مهبانو مهبد مهتاب مهدي مهدی مهدیار مهدیس مهرآب مهراد
مهرام مهران مهراندخت مهراندیش مهرانفر مهرانگیز مهرداد مهرناز مهرنکار مهرنوش مهرنیا مهروز مهری مهریار مهسا
مهستی مهشاد مهشید مهناز مهنام مهند مهنوش مهوش مهيب مهیار مهین میترا میخک میلاد مینا مینو مینودخت ناجح ناجي
نادر نازبانو نازپرور نازچهر نازفر نازلی نازنین نازی نازیدخت ناصح ناصر ناصف ناظم نافع نامور ناهید نبيل نجيب
نديم نرسی نرگس نرمک نرمین نریمان نزار نزيه نسترن نسرین نسيم نصحي نضال نعمان نعيم نکیسا نگار نگاره نگارین نگین
نهاد نوري نوشا نوشدخت نوشروان نوشفر نوشناز نوشین نوفل نوید نوین نیشا نیکداد نیکدخت نیکدل نیکزاد نیلوفر نیما
هادی هاشم هاني هانیه هخامنش هرمز هژیر هستی هشام هلیا همادخت همایون همدم همراز همراه هنگامه هوتن هورتاش هورچهر
هورداد هوردخت هورزاد هورمند هوروش هوشنگ هوشیار هومان هومن هونام هویدا هيثم هيكل هیتاسب هیربد هیرمند هیما هیوا
وائل واصف وامق وجدي وحید وديع ورجاوند وریا وسام وسيم وشمگیر وصفي وليد وهرز وهسودان ویدا ویشتاسب ویگن ياسر
ياسين يافع يامن يحيى یادگار یاسمن یاسین یاشار یاور یزدان یگانه یوشیتا
`);

export const SURNAMES_LOCALES = words(`
Aalbers Aalerud Abadan Abadžić Abadžija Abazović Abbas Abbate Abbondanza Abbosov Abbosova Abbott Abbrescia
Abdulahadyev Abdulahadyeva Abdulazimov Abdulazimova Abdulazizov Abdulazizova Abdulboriyev Abdulboriyeva
Abdulhafizov Abdulhafizova Abdulhakimov Abdulhakimova Abdulhayov Abdulhayova Abdulholiqov Abdulholiqova
Abduljabborov Abduljabborova Abduljalilov Abduljalilova Abdulkarimov Abdulkarimova Abdullatifov Abdullatifova
Abdullayeva Abdulmalikov Abdulmalikova Abdulqahhorov Abdulqahhorova Abdulqodirov Abdulqodirova Abdulvahhobov
Abdulvahhobova Abdulvaliyev Abdulvaliyeva Abdulvohidov Abdulvohidova Abegglen Ābele Abernathy Abeyta Abicht
Abimanyu Abiola Abiputra Abodunrin Āboliņa Āboliņš Āboltiņa Āboltiņš Abosede Abraham Abramovic Abrego Abreu
Abshire Ačanski Accardi Accardo Accurso Aceto Acevedo Achari Acharya Acheampong Achilles Achim Achkinadze
Ačić Aćimović Aćin Ackerman Ackermann Aclan Acquadro Acquaviva Acquistapace Acuña Adadevoh Adal Adamcová
Adamczak Adame Adamec Adámek Adami Adamiak Adamiec Adámková Adamo Adamová Adamović Adamowicz Adamus Adan
Ađanski Adaobi Adašević Adcock Addari Addis Adebisi Adegbite Adegboye Adegoke Adekunle Adelakun Adeleke
Adelusi Ademayowa Ademiluyi Ademola Adeniyan Adeoluwa Aderibigbe Aderinsola Aderogba Aderonke Adesina
Adesiyan Adewale Adewunmi Adewura Adeyemo Adhitama Adiga Adisa Adıvar Adkins Adomah Adomako Adongo Adorno
Adragna Adriansyah Adusei Adutwum Aebi Aebischer Aeby Affinito Afifah Afirifa Afoakwa Afolabi Afolayan Afonja
Afunku Ağaoğlu Agboola Agnello Agostinelli Agostini Agresta Aguayo Aguilera Aguridić Agustian Agustina
Agyapong Agyare Agyei Agyemang Ahić Ahlke Ahluwalia Ahmetspahić Ahortor Ahrenberg Ahrens Ahrorov Ahrorova
Ahuja Aiello Aigare Aigars Aigbiniode Aigner Aigroz Airlangga Ajakaiye Ajao Ajayi Ajewole Ajose-adeogun
Ajvazović Akal Akan Akar Akay Akaydın Akbulut Akeem-omosanya Akerele Akgül Akifović Akinrinola Akintade
Akışık Akmalov Akmalova Akman Akoto Akowua Akramov Akramova Akšam Aksentić Aksentijević Aksić Aksin Akşit
Aksović Akyeamfuɔ Akyeampong Akyena Akyerεko Akyürek Akyüz Alabi Aladić Aladžić Alaimo Alaković Alamsyah
Alanis Alaníz Alanović Alarcón Alargić Alavanja Alavantić Albanese Albano Alberti Albertyn Albrechtová Albu
Alcalá Alcamo Alcántar Alcaraz Aldea Aleksandrowicz Aleksić Alemán Alessandrini Alessi Alexa Alexandrescu
Alexandru Alexe Alfano Alfaro Alfermann Alfieri Alicea Aličić Alidi Aligbe Alih Alija Alikavazović Alisherov
Alisherova Alivernini Aliyev Aliyeva Alizadeh Aljančić Alkhamis Alković Alksne Alksnis Allegretti Allgeyer
Allison Almanza Almaráz Almašac Almonte Alnıaçık Aloba Aloi Alonzo Alparac Alpuğan Altamirano Altenwerth
Altieri Aluga Alyanak Amabile Amado Amador Amadori Amaechi Amann Amanta Amaral Amaya Amberg Ambrosini
Ambrosino Ambrosio Ambrož Ambrožová Amendola Amerio Amici Amico Aminat Amla Ammann Ammoscato Amoa Amoako
Amoasi Amorim Amoroso Amoruso Ampadu Ampofo Amponsah Amrein Ananda Anandya Anasov Anasova Anaya Anděl Anđelić
Anđelković Andělová Andersone Andersons Andesilić Andić Anding Andini Andonov Andonović Andorful Andrejević
Andrejić Andrejin Andreković Andreoli Andriani Andrisani Andriška Andrle Andrlová Andrzejczak Andrzejewski
Anelli Angeletti Angeli Angelini Angeloni Angelucci Anggraini Anggreny Anggriawan Anghel Angster Anguiano
Angulo Anjani Anjos Ankra Ankunding Annunziata Anokye Ansa Anselmi Anselmo Antal Antalová Antczak Antenucci
Antezza Antonacci Antonelli Antonić Antonini Antonović Antonucci Antoš Antošová Antović Antunes Antunović
Antušević Antwi Anučin Anušić Anvaryev Anvaryeva Anzalone Apicella Apitz Apodaca Aponte Apostol Appia Aqila
Aragón Arāja Arājs Aramini Araña Arap Araújo Arcangeli Arce Archuleta Ardana Ardelean Ardeleanu Ardianto
Ardiyanti Aregger Arellano Aremu Arendt Arens Arevalo Argenio Argento Argiolas Argüello Arhanić Arifin Arıcan
Arlović Arman Armendáriz Armenta Armijo Arndt Arora Arpaši Arredondo Arreola Arriaga Arsić Arslanoğlu
Arslonov Arslonova Arteaga Artioli Aryani Aryanti Aryee Ašađanin Asadov Asadova Asadullohyev Asadullohyeva
Asamoa Asamoah Asan Ašanin Asare Asaro Ašćerić Aschenbroich Ascione Asenso Asiama Asiedu Asilbekov Asilbekova
Ašimi Aşıkoğlu Aškraba Aškrabić Ašonja Aspere Aspers Assmus Assunção Astafei Astolfi Astuti Aswandi Atakol
Atan Atanda Atencio Atkins Atzeni Atzori Aucamp Auer Aufderhar Augustyn Augustyniak Aurelia Auziņa Auziņš
Avallone Ávalos Avan Avazyev Avazyeva Avery Avola Avram Awodiran Awolowo Awuah Axmann Ayala Ayandokun Ayaydın
Aybar Aydan Ayers Ayisat Aykaç Ayobami Ayomide Ayoola Ayverdi Azamatov Azamatova Azara Aždajić Azinić Azizah
Azizov Azizova Azzahra Baafi Baah Baarck Baawia Babac Babacan Babalj Babalola Babaoğlu Babarogić Babatz Babić
Babin Babini Babka Babková Babović Babtunde Baburić Baca Bacalo Bacci Bacher Bachmann Baciu Bačová Badane
Badea Bademci Badenhorst Bader Badillo Badjuk Badu Báez Baeza Baganz Bagaskara Baggio Bagiński Bagnoud Bahena
Bahl Bahna Bahno Bahnová Bahodirov Bahodirova Bahriddinov Bahriddinova Bahringer Bahromov Bahromova Bahun
Baiocco Bajāre Bajārs Bajčetić Bajčić Bajer Bajerová Bajšanski Bakal Bakaran Bakare Bakarec Bakhtiyorov
Bakhtiyorova Baki Bakırcıoğlu Bakos Bąkowski Balaban Balabanović Balan Balašević Balašković Balat Baláž
Balažević Balážová Balázs Balboni Balcar Balcarová Balcer Balcerzak Balcı Balck Baldacci Baldassarre Balderas
Baldi Baldini Baldo Balducci Baldwin Balešević Balestra Baleta Baletić Balević Balinčić Bálint Balistreri
Baljak Balkow Balla Ballard Ballarin Ballouhey Balmer Balnuweit Balode Balodis Balog Balogh Balogová
BalogŠandor Baloun Balounová Baloyi Balsamo Baltin Balzano Balzer Bamidele Bamiloye Bamisebi Banach Banaś
Banasiak Banasik Banda Bandić BandićŠtimac Bandini Bandl Bandopadhyay Banić Banica Banićević BanićJokić
Banjac Banjak Banjalić Banjari Banov Banse Banu Bañuelos Baptista Barajas Barák Baráková Baraldi Baranjec
Baranka Baranková Baranová Barański Barbagallo BarbarićŠehić Barbarosoğlu Barbarossa Barbarulo Barbato
Barbera Barberi Barberis Barbero Barbiero Barbu Barbulescu Bardek Barela Barešová Baretta Barile Barillà
Barinić Barisić Barna Barnard Barnett Baroni Baroševčić Barošević Barr Barra Barragán Barras Barraza Barre
Barreca Barrera Barresi Barreto Barrett Barretta Barrientos Barron Barros Barsotti Bárta Barták Bartáková
Bartczak Bartell Bartels Bartkowiak Bartlett Bartnik Bartoletti Bartoli Bartolini Bartolomei Bartolucci
Bartoň Bartoňová Bartoš Bartošek Bartosik Bartošková Bartošová Bártová Bartovič Bartovičová Bartulin Bartůněk
Bartůňková Barylla Basar-Klapec Basara Basarić Baseda Bashirian Başoğlu Bassani Basson Bašta Bastać Bastajić
Baštová BatinićŠantić Batista Batnožić Bato Bättig Battista Battisti Battistini Battke Baturalp Batz Bauch
Bauermeister Bauerová Baumbach Baumeister Baumgartner Baur Bauschinger Bauschke Bavaud Baxter Bayeni Bayer
Bayerová Baykam Bažant Bažantová Beahan Beasley Beatty Beavogui Becerra Bechtelar Bečka Beckel Beckmann
Bečková Bečvář Bečvářová Beđan Bedewitz Bedini Bednář Bednarczyk Bednarek Bednařík Bednaříková Bednářová
Bednarski Bednarz Beele Beerli Beggerow Behr Behrenbruch Behruzov Behruzova Beier Beil Beissmann Bejan
Bekavac Bekčić Bekjarev Bekker Bekmurodyev Bekmurodyeva Beko Bekonja Bekovac Bekvalac Beļavske Beļavskis
Belcar Belčević Belenzada Belić Belivuk Belli Bello Bellomo Bellotti Belmonte Bělohlávek Bělohlávková
Belojević Belopoljac Beloševac Belošević Belotti Belović Belovuković Beltrame Beltrami Belvisi Belz Benaković
BenašićPavlović Benatti Benavides Benavídez Benda Bendová Benecke Benedetto Beneš Benešová Benetti Bengu
Benigni Benini Bennardo Benner Benninger Beňo Beňová Benson Bentivoglio Bentley Benton Benvenuti Benvenuto
Benz Benzing Berak Beran Beránek Beránková Beranová Berardi Berberoğlu Berends Beretta Bergamasco Bergamini
Bergmane Bergmanis Bergnaum Bergrová Beribak Berka Berková Berky Berkyová Bernabei Bernardová Bernasconi
Bernatović Berner Berney Bernier Berning Bernolák Bernoláková Berríos Berset Bertaccini Bertani Bertelli
Bertenbreiter Berthoud Berti Bertini Berto Bertolussi Bērziņa Bērziņš Bērzīte Bērzīts Beşerler Beso Beşok
Bester Betancourt Bethke Betschart Betti Betz Beushausen Beutelspacher Bevilacqua Beyeler Bezděk Bezděková
Bezuidenhout Bhadresha Bhana Bharadwaj Bhattacharya Bhattathiri Bhembe Bhengani Bhengu Bhuyeni Biagetti Biagi
Biagini Białas Białek Białkowski Bianc Biancheri Bianchetti Bianchini Biasci Biba Bićanin Biccari Bicek
Biceková Biçer Bichler Bickel Bidaud Bideau Biedermann Biedrzyński Bielak Bielawski Bieler Bielert Bielik
Bieliková Bielski Bienasch Bienias Bieniek Bieńkowski Bieri Biernacki Biernat Biesenbach Bigdeli Biggi
Biglebauer Bijl Bílá Bílek Biljan Bílková Bilogravić Bilolyev Bilolyeva Bilopavlović Bilski Bílý Bína Bindi
Bini Bínová Bionaz Biondi Birčaković Birčanin Bīriņa Bīriņš Birkemeyer Biró Biro-Datković Birtašević Birziņa
Birziņš Birzniece Birznieks Bisconti Biseniece Bisenieks Bisio BiškićMerkaš Bisset Bittner Bittnerová
Bivolarević Biyela Bizetić Bizumić Bizzarri Bjelanović Bjeletić Bjelić Bjelica Bjeličić Bjelinić Bjelivuk
Bjelja Bjeljac Bjelkić Bjelobaba Bjelobrk Bjeloglav Bjelogrlić Bjelojević Blaćanin Blackwell Blaga Blaha
Blaho Blahová Blair Blake Blanckenberg Blanda Blankenship Blaschek Blaser Blasi Blaško-Vidosavljević
Blašković Blassneck Błaszczak Blatančić Blatter Blaua Blaus Blažanović Blažek Blazević Blažková Blecha
Blechová Blekte Blevins Blick Bloch Blochwitz Blockhaus Blum Blume Boadi Boadu Boahen Boakye Boaten Bobek
Bober Bobeta Bobinac Bobková Boboc Boburov Boburova Bocchi Boccia Boček Bochenek Bocić Bočkai Bočková
Bockovac-Kunštek Bocokić Boda Bodea Bodini Bodiroga Bodnár Boehm Boffa Bogan Bogdashin Bogenrieder
Bogisavljević Bogisich Bognár Bogoljubović Bogosavac Bogucki Bogusz Boháč Boháček Boháčková Boháčová Bohge
Böhmová Boje Bokanović Bolatlı Bolf-Kovačić Bolkovac Bolle Bolliger Bolm Bolot-Salaj Bolta Boltić Bolunović
Bomeštar Bona Bonanni Bonanno Bonato Bonazzi Bondare Bondars Bonderović Bondra Bondrová Bondžić Bongiorno
Bongiovanni Boni Bonifazi Bonilla Bonini Bönisch Bono Bonomi Bonomo Bonsra Bonsu Booker Boone Borbély
Borčanin Bordoni Borek Borelli Borge Borgeaud Börgeling Borges Borghi Borgia Borgschulze Borilović Borinčević
Borisavljević Bork Borkovački Borković Bormann Börner Bornscheuer Boros Borovac Borovička Borovičková
Borowiec Borowski Borrego Borrelli Borrmann Bortolin Bortoluzzi Bortot Boruschewski Bosák Bosáková Bosanac
Bosančić Boscaino Boschetti Boschi Bosco Boscolo Boshoff Bosi Bosiljčić Bosiljkić Bosiljković Boška Bošková
Bosler BošnjakovićHolik Bossard Bosshard Bosson Bota Botello Botezatu Botha Botiryev Botiryeva Botsford Botta
Böttner Bouček Boučková Bouda Boudová Bourcard Bourrouag Bouschen Bouška Boušková Bove Bovolenta Bowen
Boxhammer Boyde Boyes Boyle Bozalo Božanić Božanović Bozdok Bozdokov Bożek Božičanin Božičić Božićković
Bozsik Bozzi Bozzo Brabcová Brabec Brabencová Brabenec Brada Bradáč Bradáčová Bradová Bradshaw Bradtke
Bradvić Brady Braga Brahaj Braia Brakus Branca Branco Brandenburg Brandi Brandis Brändli Bratojević
Bratonožić Bratović Bratu Brauer Braunová Bräutigam Brázda Brázdil Brázdilová Brázdová Brđanin Brđović
Bredenkamp Brehmer Breitenberg Breitenstein Brejcha Brejchová Bremer Bremser Breņķe Breņķis Brennan Brenner
Bresciani Brešković Bressan Brettschneider Breu Breuer Brežančić Březina Březinová Brezo Brezovac
Brezovnjački Briano Briede Briedis Briesenick Brigandì Briggs Brignone Bringmann Brinjak Briones Briseño
Brisuda Brito Brits Bříza Břízová Brizzi Brkanović Brkić BrnićLevada Brock Broda Broening Brogi Brogli
Bromfield Brömme Brosch Brož Brožek Brožková Brožová Bruckmann Bruder Bruen Brügger Brüggmann Bruhns Brumat
Brunelli Bruni Brunkeviča Brunkevičs Brunner Bruns Bruschi Bruzzone Brychta Brychtová Brzozowski Buač Buača
Bubalo Bubeník Bubeníková Bucalo Bucalović Bučanin Buccheri Bucci Buček Buch Buchanan Büchele Bucher Buchholz
Buchrucker Buchta Buchtová Bučkalović Buckley Bučková Buckridge Bucur Buczek Buczkowski Buczyński Buda Budai
Buder BuđićHalas Budiman Budimčić-Kovačević Budiyanto Budreiko Budziński Budzyński Buhl Bühler Bühlmann Buile
Builis Bujak Büker Bukovská Bukovský Bukowski Bulaja Bulat Bulatović Bulgarelli Buljat Buljin Buljubašić
Buljugić Bulovan Bultmann Bunea Büngener Bunjes Bunoza Bunuševac Buongiorno Buonomo Burani Burazer Burazor
Burch Burckhardt Burda Burđak Burdová Bureš Burešová Burević Burgess Burghagen Burgić Burgio Burhonov
Burhonova Burian Buriánek Buriánková Burianová Burke Burkhard Burkhardt Bürklein Burlacu Burmeister Burnett
Burri Burzyński Buša Busak Busari Buschbaum Büscher Busemann Bušetinčan Buslaver Busse Bussmann Bustamante
Bustos Butarević Butera Buthelezi Büttner Buzzi Byrd Byrtus Byrtusová Čabaj-Adam Cabán Cabras Čabro Caccamo
Caccavo Cacciamani Cacciapuoti Cacciatore Čaće Čada Cadena Cadoni Čadová Caforio Caggiano Çağıran Caha Cahová
Caiazza Caiazzo Caillat Cailler Cain Čajka Čajko Cajner Cajzler Calabrese Calabria Calabrò Calafiore Calame
Calandro Caldera Caldwell Čaleta Calhoun Cali Califano Calin Cālīte Cālītis Callahan Callegari Calligaris
Calò Calvillo Čamagić Camara Camarillo Çamdalı Čamdžić Camilli Cammarata Cammisa Campagna Campana Campanella
Campanini Campisi Campo Campoli Čanaki Canale Canales Čančar Cancelliere Cancellieri Candelaria Candido
Čandrlić Canepa Cangiano Canino Canjko-Novak Cannas Cannata Cannella Cannone Canova Cantagallo Cantoni
Cantrell Cantú Canu Capannolo Çapanoğlu Capasso Capecchi Čapek Capelli Capitani Capizzi Čapková Čapkovič
Čapkovičová Čapkunović Čaplovič Čaplovičová Capoccia Capocotta Capogna Capone Caporaso Čápová Cappai
Cappelletti Cappelli Cappello Cappiello Capponi Capraro Capriotti Čaprnjić Capuano Cara Caraballo Caracciolo
Caradonna Čarapić Čarapina Čaraveša Carbajal Carboni Cardella Cárdenas Cardia Cardinale Cardinali Cardini
Cardona Cardone Careddu Carella Caretti Carey Carić Caricari Carini Carletti Carli Carlini Carlino Carloni
Carlotti Carlowitz Carlsohn Carlson Carlucci Carminati Carneiro Carnevale Čarnić Čarnogurská Čarnogurský
Carnovale Carollo Carosi Čarović Carr Carranza Carrara Carraro Carrasquillo Carreón Carrero Carrieri Carriero
Carrozza Carrozzo Carrus Carson Carstens Cartl Carvajal Carvelli Casadei Casadio Casagrande Casale Casali
Casano Casanova Casares Casarez Casas Casavecchia Cascio Cascone Casella Caselli Casey Casillas Casini
Casolaro Caspari Caspers Cassano Cassim Cassin Castagna Castaldi Castaldo Castañeda Castellana Castellani
Castellano Castellanos Castelli Castelyn Castens Castiello Castiglioni Casu Casula Catalano Çatalbaş Cataldi
Cataldo Čatalinac Catana Catarsi Catellani Caterino Čatić Cauna Caune Čavalić Cavaliere Cavalieri Čavaljuga
Cavallari Cavallaro Cavalli Cavallini Cavazos Čavdarević Čavić Čavlina Cavriani Cazacu Cazares Ceballos
Cebekhulu Cebula Ceccarelli Ceccarini Cecchetti Cecchi Cecchini Cecere Čech Čechová Cedillo Cehmajster Ceja
Čejka Čejková Celano Čelar Cele Čelebija Celentano Celeste Celi Cellini Celma Celmiņa Celmiņš Celms Ćenan
Čengija Cenni Centeno Centofanti Cepeda Cerda Čerkašin Čermák Čermáková Černá Černík Černíková Černoch
Černochová Černohorská Černohorský Černý Cerrani Cerrato Cerri Cerullo Cerutti Cervantes Cervántez Červená
Červeňák Červeňáková Červenka Červenková Červený Červinka Červinková Cesaretti Çetiner Çevik Chacón Chaloupka
Chaloupková Chalupa Chalupka Chalupková Chalupová Champlin Chang Chapa Chappuis Chapron Chapuis Chapuisat
Charvát Charvátová Chassot Chattopadhyay Chaturvedi Chavarría Cherchi Cherubini Chessa Chessari Chetty
Chiacchio Chianese Chiaravalle Chiavacci Chibike Chibuike Chidinma Chidozie Chilà Chiliza Chimenti Chiodi
Chiriac Chirico Chirila Chirita Chis Chivu Chládek Chládková Chlup Chlupová Chmelař Chmelařová Chmelík
Chmelíková Chmiel Chmura Chojnacki Chojnowski Cholewa Chollet Chopard Choquart Chovancová Chovanec Christ
Chromá Chromý Chrzanowski Chudík Chudíková Chudoba Chudobová Chudzik Chuit Chung Chvátal Chvátalová Chvojka
Chvojková Chytil Chytilová Ciaccio Ciacio Ciampa Cianci Ciani Ciavarella Cibula Cibulka Cibulková Cibulová
Cicala Cicatiello Ciccarelli Cicchetti Ciccone Cichocki Cichoń Cichy Čičmak Čierná Čierny Cierpinski
Ciesielski Cieśla Cieślik Cifarelli Cíger Cígerová Čihák Čiháková Cihlář Cihlářová Cikota Cilikan Cilli
Cilliers Cimbaljević Cimerman Cimeša Cimmino Činčurak-Kovač Cinelli Cingolani Cini Cintrón Ciobanu Ciocan
Cioffi Cioni Ciotola Ciotti Čipanj Čipanj-Banja Cipolla Cipollaro Cipolletta Cipriani Cipriano Cirelli Cīrule
Cīrulis Císař Císařová Cisneros Ciszewski Citro Cittadino Ciuffetelli Ciuffreda Ciulla Čížek Čížková
Čizmar-Tormaš Claasen Claeys Clare Clarius Clayton Cleem Clements Clerc Cleve Cline Cloete Cloos Clottu
Čobanović Cobb Čobrda Čobrdová Coccia Cochran Coelho Coffey Coinchon Cojocaru Čokov Čolak Čolaković Colangelo
Čolanić Colantuono Colella Coletta Čolina Collado Collazo Colonna Colucci Colunga Coman Comito Compton Concas
Conforti Congiu Coniglio Čonka Čonková Conley Conn Connelly Conner Conrad Conroy Considine Consiglio
Constantin Constantinescu Contini Contu Conway Copeland Ćora Ćorak Corazza Corboz Cordes Cordioli Córdova
Çörekçi Coretti Corkery Cormier Cornejo Cornelissen Cornelsen Coronado Corradi Corradini Corrado Corrales
Corrao Correa Correale Corridori Cors Corsi Corsini Corso Corsten Cortese Cortesi Cortéz Corti Cortinovis
Corwin Cosentino Coslovich Cosma Costache Costantin Costantino Costanza Costanzo Costea Costin Cotthardt
Cottier Cotto Cottone Coufal Coufalová Coulon Courten Covaci Covarrubias Coviello Cozma Cozzani Cozzi
Cozzolino Craciun Crea Cremin Cremonesi Crepaldi Crescenzi Crespi Cretu Crevatin Crimi Crippa Crisafulli
Crisan Criscenti Crisci Criscione Crispino Crist Cristea Cristescu Cristofaro Critelli Crnogaj Croce Croitoru
Crona Cronin Cronjäger Cronnje Crosby Crosskofp Cruciani Cruciata Cruickshank Csapo Csonka Csordas Cucchiara
Cucciniello Cuche Cucu Čudara Čudars Čudina Cuellar Cuevas Ćukalac Ćukalović Ćukić Ćuković Ćukteraš Ćulibrk
Cullinan Cummerata Cummings Cunha Cuomo Curci Curcio Čurda Čurdová Curiel Curreli Curtis Cusimano Ćuslović
Cusumano Cuzzocrea Čvagić Cvetković Cvetljanin Cvetojević Cvetuljski Cvijan Cvijančević Cvijanović Cvijetić
Cvijetin Cvijetinović Cvijić Cvjetičanin Cybulski Cygan Cyprich Cyprichová Czaja Czajka Czajkowski Czapla
Czech Czechowski Czekaj Czerniak Czyż Czyżewski D'Aleo D'Alessandro D'Alessio D'Amato D'Ambrosio D'Amore
D'Andrea D'Angeli D'Anna D'Argenio D'Avino D'Elia D'Errico D'Incà D'Ippolito D'Onofrio D'Orazio D'Urso Daako
Dabčević Dąbek Dabić Dabižljević Dąbkowski Dabnjak Dabović Dach Dächert Dačković Dačović Dadić Ďaďová Dafunić
Dağdaş Dağlaroğlu Dagović Dahm Dahmen Daidone Daimer Daišević Dajić Dajlić DakićKožić Dalkıran Dalleaste
Dallenbach Dalmasso Dalton Damanik Damaske Damayanti Damiani Damiano Damljanović Damm Danciu Daněk Danenhauer
Danielsone Danielsons Danila Danilová Daniš Danišová Danko Danková Danneberg Danner Daňo Daňová Danso Dante
Daražac Darmawan Darojat Darteh Dartey Dascalu Dašić Dattilo Daubner Daudrich Dauer Daugherty Daum Dauth
Dautzenberg Davidová Davidović DavidovićAmić Davidsen Davidson Dávila Davoli Davronov Davronova Deák Deane
Debnár Debnárová Dębowski Dębski Decker Deckert Deckow Declerck Declercq Decock Decoster Deđanski Dedejić
Dědek Dedijer Dědková Đedović Deerberg Degano Deģe Deģis Degrassi Dehmel Deiana Deja Dejanović Dejesus Dejová
Đekanović Đekić Đeković Dekýš Dekýšová Delacrúz Delafuente Delagarza Delalić Delaney Delao Delapaz Delarosa
Delatorre Delazy Deleón Delfino Delgadillo Đelić Đelkapić Dell'Amico Đelmaš Delogu Delonge Đelošević Delrío
Delvalle Demeter Demetrová Demirbaş Demirel Demontis Demurtas Demut Denaro Denesik Dengler Đenić Denkel
Denner Đenović Denti Denzinger Denzler Dera Đerašević Đerasimović Đergović Đerić Đerisilo Deriu Derr Dertmann
Deshpande Desiderio Desmet Desogus Destro Dethloff Deuschle Devald Devar DevčićKatić Devedžić Devetak Devos
Devrnja Dewilde Dhawan Dhlamini Dhlomo Diaconescu Diaconu Diamanti Dibbert Dickens Dickerson Dicki Dickinson
Dickson Dieckmann Diedrich Diekmann Dienel Dietsche Dietzsch Diezel Dilla Dillon Dilmurodyev Dilmurodyeva
Dima Dimčević Dimčić Dimić Dimitrić Dimitrijević Dimitrovski Dimkić Dimković Dimović Dimšić Dinca Dingarac
Dingelstedt Dingiswayo Dini Dinu Dionisi Dippenaar Dippl Dirgantara Dīriķe Dīriķis Distefano Dittmann Dittmar
Dittmer Dittrich Dittrichová Divald Diviš Divišová Diyorov Diyorova Dizanov Dizdar Djetka Djokoto Djurasek
Dlouhá Dlouhý Długosz Đoàn Dobbrunz Döbel Dobeš Dobešová Dobiáš Dobiášová Dobler Dobosz Dobre Dobrescu
Dobrilović Dobrinković Dobrosavljević Dobrovolná Dobrovolný Dobrowolski Dobrzyński Dočekal Dočekalová Dočkal
Dočkalová Dočolomanská Dočolomanský Dodaro Dodson Dogaru Doherty Dohnal Dohnalová Dohring Dokonal Dokoupil
Dokoupilová Đoković Dokoza Dolaček Dolce Dolch Dolci Dold Doleček Dolečková Dolejš Dolejší Dolejšová Doležal
Doležalová Doležel Doleželová Dolović Domagała Domanović Domazet Dombrovska Dombrovskis Dombrowski Domingues
Dominiak Dominici Domínquez Domiševac Domjan Domljan Donaldson Donato Dončić Donda Dondur Donević Donie
Donkor Donnelly Donovan Dooley Dopša Dopuđa Doria Dorić Döring Dörner Doro Doronjski Dorontić Doronzo Dörre
Dorsey Doskočil Doskočilová Doskoczynski Dostál Dostálová Doubek Doubková Doubrava Doubravová Dougherty Douša
Doušová Dovudov Dovudova Dower Doža Drábek Drabik Drábková Drač Dračić Dragan Draganović Draghici Dragić
Dragin Drago Dragoi Dragojlov Dragomir Dragone Dragoni DragovićZafred Dragu Drakčić Dramlić Drašković Drča
Drčelić Drechsler Drees Dreher Dreier Dreimane Dreimanis Dreissigacker Drenjačević Drešević Dressler Drews
Driessen Drinić Drinjak Drljača Drljan Drmanac Drmanović Drmončić Droppa Droppová Droz Drozd Drozdová
Drozdowski Dróżdż Drvarević Drvenica Drzewiecki Duah Duarte Dubashi Dube Dubiel Dubochet Dubovská Dubovský
Dubravec Dubská Dubský Dubuis DuBuque Duca Ducci Duchoň Duchoňová Ducommun Ducret Dudás Dudeková Dudková
Dudová Dudziak Dudzik Dudziński Dueñas Dufek Duffy Dufková Dugaja Đukelić Dukovac Dula Dulla Dullová Dulová
Duma Dumanjić Đumija Duminy Dumitrache Dumitrascu Dumitrescu Dumitriu Dumitru Dumnić Đunda Dunka Dunková
Dunlap Dupan Durak Durante Durgan Ďurica Ďuricová Ďuriš Ďurišová Durmaz Dušek Düşenkalkar Dusík Dusíková
Dušková Duszyński Duta Dutkiewicz Dutoit Dutta Dutto DuvnjakČuljak Duygulu Dvizac Dvokić Dvonč Dvončová
Dvořáček Dvořáčková Dvořák Dvořáková Dvoranac Dvorská Dvorský Dwamena Dwivedi Dyett Dylus Džakmić Džakula
Džal Džanija Dzene Dzenis Dženopoljac Džepina Dziedzic Džigumović Džigurski Džikić Džinić Dzirkale Dzirkalis
Dziuba Džodanović Dzokoto Dzurjanin Dzurjaninová Eaton Eberhard Eberhardt Ebubechukwu Echevarría Ecker
Eckhardt Écoffey Edorh Edun Effertz Effler Egbochukwu Egeli Egelja Egeljić Egerić Eggenmueller Egger Egić
Egli Eglīte Eglītis Ehigiator Ehmann Ehrig Eich Eichenberger Eifert Einert Eisenlauer Ekici Ekpo Ekşioğlu
Eksteen Ekwueme Elbe Elbekov Elbekova Elçiboğa Eldorov Eldorova Elebiyo Eleyth Eliášová Eliçin Eligibile
Elizondo Ellison Elmastaşoğlu Elmurodyev Elmurodyeva Elnurov Elnurova Elss Elvina Elworthy Elyorov Elyorova
Emard Embranthiri Emert Emig Emmanuel Emmelmann Emmerich Enache Ender Endziņa Endziņš Engelen Engelmann
English Enríquez Epifani Eplinius Erasmus Erbay Erben Erbenová Erberk Erbulak Erçetin Ercoli Erdman Erdmann
Erez Erginsoy Erhardt Erickson Erkekli Erlei Ermini Erni Ernser Eronat Errante Errera Errichiello Errico
Ertepınar Ertl Ertürk Erwes Escalante Escamilla Escobedo Esenwein Esparza Espinal Espino Espinoza Esquibel
Esquivel Esser Estes Esteves Estévez Estrada Etzebeth Eugster Evangelista Evangelisti Everett Everts
Evliyaoğlu Evola Ewald Əfəndiyeva Əhmədov Ələkbərov Ələkbərova Əliyev Əliyeva Fabbricatore Fabbro Fabiani
Fabiano Fabiánová Fabijanović Fabjan Fabris Fabrizi Faculjak Fadel Fadipe Fagunwa Fahey Fahham Fahner
Fahriddinov Fahriddinova Fajardo Fajdetić Fajimi Fajnor Fajnorová Faktor Falabi Falbo Falcão Falchi Falcioni
Falco Falcone Faleti Falkowski Faller Faloye Falzone Fanara Fancello Fanelli Fankhauser Fanta Fantini Fantová
Fantozzi Faraci Faragó Faraone Farber Farcas Farčić Farella Faresta Faria Farías Farida Farin Farkaš
Farkašová Farkašovská Farkašovský Farley Farrell Farris Farruhov Farruhova Fasano Fasasi Fasoli Fassbender
Fathina Fauche Faulhaber Faulkner Fava Favara Favaro Favero Favre Fayzbekov Fayzbekova Fazekas Fazio
Fazliddinyev Fazliddinyeva Febian Febrianti Fedele Federici Feeney Feest Fehér Fehr Fehrig Feil Fejfar
Fejfarová Fekete Fekonja Felber Feld Felder Feleppa Felici Feliciano Feliziani Felke Femina Fencl Fenclová
Fenner Fenske Ferenc Ferencová Ferilli Ferko Ferková Ferluga Ferracuti Ferraiuolo Ferrando Ferranti Ferrarini
Ferraris Ferrarotti Ferreri Ferrero Ferrigno Ferrini Ferro Ferroni Festa Festuccia Feuerbach Fiala Fialová
Fichardt Fichera Fico Ficová Fidélis Fiedlerová Fierro Fietz Figl Figueiredo Figura Fijałkowski Filc Filcová
Filice Filimon Filipan Filipek Filipiak Filipová Filipowicz Filipowski Filippi Filippini Filipponi Filsinger
Fincke Fini Finka Finke Finková Finocchiaro Finotti Finstad Fior Fioravanti Fiorelli Fiorentini Fiorenza
Fioretti Fiori Fiorillo Fiorini Fiorucci Firdavsyev Firdavsyeva Firgantoro Firmansyah Fišbah Fischerová
Fischetti Fišer Fišerová Fitratov Fitratova Fitschen Fitzgerald Fitzpatrick Flacco Flačer Flaman Flanjak
Flatley Fleischer Fleischmann Fleming Flis Floder Florczak Flore Florea Florek Florescu Flórez Floriánová
Floričelović Floridia Florio Flottmann Floyd Flückiger Flynn Fodor Fodulović Fofie Foged Fogele Fogelis
Foglia Fois Fojtík Fojtíková Foley Folivarski Foltýn Foltýnová Fonda Fonseca Fonti Forconi Foretay Forgione
Forkel Forlani Forman Formánek Formánková Formanová Formica Fornara Forst Fořtová Fortugno Fortunato Foschi
Fosu Foti Fotihov Fotihova Fourie Fousek Fousková Frąckowiak Frączek Fraga Frahmeke Frami Franceschi
Franceschini Francesconi Francese Francezi Franchi Franchini Francis Francišković Francová Franecki Franěk
Franey Franić FranjićAbramić FranjićZelić Franklin Franková Frankowski Franta Frantz Franz Franzè Franzis
Franzmann Franzoni Frasca Frątczak Fratello Fratila Fratti Frauen Frauendorf Frazi Frazier Frederick Frei
Freigang Freimane Freimanis Freimann Freimuth Freisen Frenzel Freriks Frey Freymond Frezza Frías Frick Fricke
Fridrich Fridrichová Friedek Friedenberg Friedli Friedmann Friesen Friess Frigan Frigerio Frigo Frisch
Fritsch Frohn Frosch Frydrych Frydrychová Frye Ftorek Ftoreková Fucci Fuchsová Fučík Fučíková Fuga Fuhlbrügge
Fujiati Fuksa Fuksová Fülöp Fumarola Fundak Fuoco Furgala Furlan Furman Furno Furrer Furtado Fusaro Fusco
Fusenig Fust G'afforov G'afforova G'afurov G'afurova G'iyosov G'ulomov Gaba Gabhezi Gabius Gabler Gábor
Gáborová Gabrielli Gabrielová Gabud Gačanović Gačević Gačić Gaćina Gaćinović Gađanski Gaddini Gadomski
Gadschiew Gadžić Gagić Gagliano Gagliardi Gagović Gagričić Gagro Gähwiler Gaile Gailis Gailīte Gailītis
Gaines Gaitán Gajda Gajdoš Gajdošová Gajec GajgićMatić Gajski Gakstädter Galander Galarza Galasso Galati
Gałązka Galeazzi Galić Galinac Galindo Galjak Galjen Galjer Gałka Gallagher Gallegos Galluzzo Galošević
Galván Gálvez Gama Gamba Gamberini Gambino Gamboa Gámez Gamlin Gamper Ganaka Gandhi Gandolfo Ganea Gangemi
Gangnus Ganzmann GanzŽuparić Gaona Garatva Garau Garavaglia Garay Gargiulo Garibay Garica Garifo Garofalo
Garonja Garrett Gąsior Gąsiorowski Gasjūne Gasjūns Gáspár Gaspari Gasparini Gašparová Gašparovič
Gašparovičová Gašpić Gasser Gast Gastel Gastélum Gatta Gatto Gatzka Gauder Gaudiano Gavrić Gavrila Gavrilović
Gavrović Gaweł Gawlik Gawron Gawroński Gaytán Gazdić Gaži Gazibara Gažiová Gazivoda Gažo Gazzola Gbadamosi
Gbogboade Gehre Gehrig Gehring Gehrke Geisendorf Geisler Geissler Genchi Genjega Genna Genoud Genovese
Gentili Georgescu Gerace Geraci Gerbennow Gerber Gerdel Gerhardt Gerhold Gerlach Germani Gerschler Gerson
Gervasi Gerwig Gesell Geyer Gfeller Gheorghe Gheorghita Gheorghiu Gherman Ghilardi Ghirmai Ghita Giacalone
Giaccio Giachi Giacomelli Giampaoli Giampaolo Giannelli Giannetti Giannini Giannone Giannotti Gianotti
Giansante Giardina Giardini Gibala Gibbs Giehl Gielen Gierisch Giesa Giesche Gigaba Giger Gigli Giglio
Gigliotti Gilde Giles Gillespie Gilliéron Gilmore Gioacchini Gioia Giordani Giorgetti Giovannelli Giovannetti
Giovannini Giovinazzo Girardet Girardi Giraudo Girón Girone Gislason Giudice Giuffrida Giugliano Giuliano
Giunta Giurgiu Giusti Giustra Głąb Glasnović Glasson Glatting Glavač Glavati Gleason Gleđa Gledić Gleichner
Glenn Glintić Glođović Głogowski Gloor Glosli Glover Gložanski Gluhović Glukčević Glumac Glumpak Gobbi
Göckeritz Gocník Gocníková Godanj Godínez Godlewski Godoy Goebel Goedicke Göhler Gołąb Goldbeck Goldfuss
Goldkamp Goldkühle Goldner Gołębiewski Gołębiowski Golec GolićSamaržija Golinelli Goller Golling Gollnow
Gollum Golomski Gombai Gombay Gombert Gönültaş Goodman Goonam Goosen Góra Góral Gorczany Gordhan Gori
Goričanec Gorjanski Görlich Görmer Górniak Górny Gotthardt Gottlieb Gottschalk Gottwald Gottwaldová Gotz
Götzelmann Gould Govender Govoni Gowda Goyette Graber Grabež Grabić Grabovac Gracia Graczyk Gradištanac
Gradojević Grady Gradzki Granà Granado Granados Granat Granata Granato Grande Grandi Grandjean Grasse Gratzky
Grau Graudiņa Graudiņš Gravina Graziani Graziano Greb GrebenarŽarmen Grecu Greene Greenfelder Greenholt Greer
Greger Gregor Gregori Gregorová Greguš Gregušová Greithanner Greppi Greschner Grgurević Gribuste Gribusts
Griego Griem Griesbacher Griese Griffith Griffiths Grigoras Grigore Grigorescu Grijalva Grilli Grillo
Grimaldi Grimm Grīnberga Grīnbergs Grkavac Grkinić Grladinović Grob Grobelaar Grochowski Groduma Grodums
Groebli Gromisch Groothuizen Grosjean Grossheim Grossi Grosskopf Grosso Grosu Grothaus Grothkopp Grotke
Grötzinger Groza Grozdanović Grūba Grube Gruber GrubešićBarbir Grubnić Grubrová Grün Grundmann Grundza
Grundzová Grüner Gruning Gruppuso Gruszczyński Gruszecki Gruszka Grygar Grygarová Grzegorczyk Grzelak
Grzesiak Grzesik Grześkowiak Grznár Grznárová Grzyb Grzybowski Grzywacz Guajardo Gualtieri Guardado Guarino
Guarneri Guarnieri Guastella Guastone Gučanin Guerreiro Guerrieri Guerriero Guerrini Guevara Guglielmi Guha
Guida Guidetti Guidotti Guinand Güldemeister Gulgowski Gulino Guliwe Gullì Gulyás Gumede Gummelt Gümüşpala
Gunarto Gunawan Günday Guneta Gunjača Gunkel Günz Gürbig Gürmen Gurrieri Gurule Gušanović Gušatović Gušavac
Guševac Gušić Gusikowski Gusmeroli Gušović Gutal Gutjahr Gutkowski Gutmann Gutowicz Gutowski Gutrovac
Gutschank Guzik Guzina Gwacela Gwala Gwóźdź Gwoździk Gyamfi Gyasi Haack Haaf Haag Habeeb Habel Häber Habibi
Habibov Habibova Hablák Habláková Habšuda Habšudová Hache Hackbusch Hackelbusch Hackett Hađa Hadfield Hadwich
Hadžibeganović Haferkamp Häfliger Häfner Hagenes Haikal Hajdinjak Hajdu Hajduk Hájek Hájková Hajná Hajnc
Hajný Hakim Hakyemez Hála Halák Haláková Halas Halász Halda Haldová Haley Halilyev Halilyeva Halim Halimah
Hallmann Hálová Haluška Halušková Halvorson Hamann Hamidov Hamidova Hamill Hammes Hampl Hamplová Hampton
Hamzaoğlu Hamzayev Hamzayeva Hanáček Hanáčková Hanák Hanáková Handayani Handoko Handžić Hanekom Hanenberger
Hanifat Hanižar Hanková Hannecker Hänni Hannich Hanniske Hanousek Hanousková Hánová Hanson Hanus Hanusová
Hanzal Hanzalová Hanzl Hanzlík Hanzlíková Hanzlová Harač Haramija Harber Hardiansyah Hardin Harding Hargasser
Harini Hariyah Harmon Harnapp Haro Harrell Harrington Hartati Harter Harting Hartlieb Hartman Hartmanová
Hartz Harvey Haryanti Haryanto Hasanah Hasanica Haščák Haščáková Haschke Hašek Hašková Hasler Hassanah Hasse
Hassfeld Hastuti Hathorn Hattingh Hauck Hauke Haukelidsæter Haupt Hauser Havel Havelka Havelková Haverney
Havlíček Havlíčková Havlík Havlíková Havlová Havojić Havránek Havránková Hayden Haynes Hayworth Heaney Hearne
Heathcote Heberstreit Hebert Hechler Hecht Hečko Hečková Heczko Heczková Hedermann Hediger Hegedüs Heger
Hegerová Hegmann Hehl Heidelmann Heidenreich Heidler Heinemann Heinig Heinke Heinze Heiser Hejda Hejdová
Hejduk Hejduková Hejl Hejlová Hejna Hejnová Heleta Hellmann Helmke Helpling Hendricks Hendrix Hendrych
Hendrychová Hengmith Henkel Hennes Hennezel Henriques Henríquez Hense Hensel Hensley Henson Hentel Hentschel
Hentschke Hepperle Herberger Herbrand Heretik Heretiková Hering Herjavec Herlambang Herman Heřmánek
Heřmánková Hermanová Hermawan Hermecke Hermiston Herms Hernádez Hernandes Herold Herschmann Hertel Hertzog
Herweg Herwig Herzenberg Herzog Hess Hessek Hessel Hessler Hester Hettinger Hetzler Heuck Heunis Heydemüller
Hickle Hickman Hidayanto Hidošanin Hiebl Higgins Hikmatov Hikmatova Hildebrand Hildenbrand Hilgendorf Hillard
Hiller Hilll Hilpert Himawan Hines Hingsen Hingst Hinojosa Hinrichs Hinton Hintz Hirnštajn Hirsch Hirschberg
Hirt Hirthe Hitchinson Hladík Hladíková Hladká Hladký Hlapec Hlasni Hlatshwayo Hlaváč Hlaváček Hlaváčeková
Hlaváčková Hlaváčová Hlavatá Hlavati Hlavatý Hlávka Hlávková Hlinka Hlinková Hlongwa Hlongwane Hloušek
Hloušková Hobbs Hochstrasser Höcke Hodanovac Hodea Hodel Hodge Hodges Hodkiewicz Hodovanj Hoeger Hofer
Hoffmannová Hofmanová Hofstetter Höft Hohenberger Hohl Hohn Höhne Hohnheiser HohošBabić Hojimurodyev
Hojimurodyeva Holá Holan Holanová Holas Holasová Holcová Holdt Holec Holeček Holečková Holguín Holík Holíková
Holinski Holl Hollard Holloway Holoubek Holoubková Holt Holtfreter Holub Holubová Holuby Holubyová Holz
Holzdeppe Holzner Homa Homenick Hommel Homola Homolka Homolková Homolová Honegger Hönig Honz Hooss Hoover
Hopland Hoppe Hora Horáček Horáčková Horák Horáková Hördt Hořejší Horký Horna Horňák Horňáková Horne Horníček
Horníčková Horník Horníková Hornung Horová Horská Horský Hort Horvát Horváth Horváthová Horvátová Hošek
Hošková Hossa Hossová Hottinguer Hotz Houdek Houdková Houška Houšková Hovanjek Hovorka Hovorková Howe Howell
Hoza Hozová Hrabal Hrabalová Hrabovská Hrabovský Hradecká Hradecký Hradil Hradilová Hraško Hrašková Hrbáček
Hrbáčková Hrbek Hrbková Hrdá Hrdina Hrdinová Hrdlička Hrdličková Hrdý HrešićDubaić Hribar Hric Hricová
Hrkalović Hrmo Hrmová Hrnčíř Hrnčířová Hrnjak Hroch Hrochová Hromádka Hromádková Hron Hronová Hrubá Hrubeš
Hrubešová Hrubý Hruška Hrušková Hrušovská Hrušovský Hrůza Hrůzová Huba Hubáček Hubáčková Hubbard Hübenbecker
Hübl Hubová Huckestein Hudak Hudcová Hudec Hudeček Hudečková Huebel Huel Huels Huerta Huffman Hügel Huguenin
Huhn Huixtlacatl Hujo Huke Hůlka Hůlková Huls Humbert Humbert-Droz Huml Humlová Humphrey Huneke Hunziker
Hurley Hürlimann Hurramov Hurramova Hurst Husák Husáková HusakovićHodžić Huseby Hušek Hušková Hutagalung
Hutapea Hutasoit Hutchinson Huth Hüttcher Hütter Huwiler Huzanić Hyatt Hýbl Hýblová Hynek Hynková Iacob
Iacolare Iacono Iacovino Iacovone Iancu Iandolo Iannaccone Iannello Ianni Iannone Iannucci Iaria Iazzetta
Ibarra Ibikunle Ibodullohyev Ibodullohyeva Ibranović Ibrić Ibrohimov Ibrohimova Ičelić Ichim Ierardi Iezzi
Ignat Igov Igrić Ihasz Ihly Ihnačák Ihnačáková Ihtiyorov Ihtiyorova Ikromov Ikromova Ilančić Ilić Iličin Ilie
Iliescu Ilin Ilinčić Ilisić Ilıcalı Illés Illing Ilori Ilupeju Ilyosov Ilyosova Imhof Immelman Impellizzeri
Improta Imronov Imronova Indelicato Ingram Ingrassia Ingrosso Innocenti Inzerillo Iodice Ionescu Ionita
Iordache Iorga Iorio Iosif Iotti Iovino Ippoliti Ippolito Irawan Irfandi Irimia Irizarry Isakov Isekenmeier
Isler Islomov Islomova Ismoilov Ismoilova Isokun Ispas Išpiranović Israel Ištoković Istrate Išvan Iswahyudi
Iten Iuliano Ivančan IvankovićBon Ivanovs Ivas Ivascu Ivkovac Iwanowski Iwański Iyalla Iyanda Iyengar
Izdebski Izzi Izzo Jablanov Jaćimović Jackowski Jacobi Jacobson Jaćović Jadro Jäggi Jagica Jagiełło Jagielski
Jagodziński Jagusch Jagušić Jahnke Jahoda Jahodová Jailani Jaimes Jain Jaiyeola Jakab Jakeš Jakešová Jakl
Jaklová Jakobek Jakobs Jakolić Jakoubek Jakoubková Jakubcová Jakubczyk Jakubec Jakubiak JakušMejarec Jalolov
Jalolova Jambor Jamiu Jamolov Jamolova Jamrozy Jamshidov Jamshidova Janáček Janáčková Janák Janáková Janas
Janata Janatová Janča Janček Jančeková Jančík Jančíková Jančová Janda Jander Jandová Janeček Janečeková
Janečić Janečka Janečková Janeković Janevski Jangid Janiak Janíček Janich Janicki Janíčková Janík Janíková
Janiszewski Janka Janke JankovićBešlić Jankovitch Jankovska Jankovskis Jankowiak Janků JanoševićFranz Jánošík
Jánošíková Janoška Janošková Janota Janotová Janoušek Janoušková Janovská Janovský Janowski Jansa Jánská
Jánský Jansone Jansons Jansová Jantjies Jantošovič Jantošovičová Janů Janus Januško Januszewski Jáquez
Jaramillo Jareš Jarešová Jarets Jarnec Jaroš Jarošová Jarosz Jarvis Jarząbek Jašarević Jašek Jaśkiewicz
Jaskolski Jašková Jasso Jast Jastrzębski Jasuryev Jasuryeva Jauk Javlonov Javlonova Javohirov Javohirova
Javůrek Javůrková Jazbinšek Jazvinšak Jeanneret Jech Jechová Jedlička Jedličková Jedľovská Jedľovský
Jędrzejczak Jędrzejczyk Jędrzejewski Jefferson Jeftić Jeftović Jegorov Jēkabsone Jēkabsons Jelačić Jelašić
Jelen Jelenová Jelica Jelínek Jelínková Jelisavac Jelita Jellinghaus Jendek Jendeková Jeníček Jeníčková
Jenkač Jeorga Jerab Jeřábek Jeřábková Jerde Jeremić Jereminov Jergić Jerinić Jerinkić Jerkov Jerković
Jerschabek Jess Jeuša Jevđenić Jevđenović Jevđević Jevremčević Jevremov Jevremović Jevrić Jevrosimov
Jevrosimović Jevtanović Jevtić Jevtović Jezdić Jezdimirović Ježek Jezierski Ježková Ježová Jílek Jílková
Jimínez Jimoh Jindra Jindrová Jíra Jirák Jiráková Jiránek Jiránková Jirásek Jirásková Jiřík Jiříková Jirka
Jirková Jirků Jiroušek Jiroušková Jírová Jirsa Jirsová Jocković Johannsen Johar Johnová Jokanović Jokić
Jokičić Jokin Joković Joksimović Jonášová Jonata Jonatová Jordaan Jordanović Jossa Jost Jostiak Joubert
Jovančević Jovanović JovanovićFiličić Jóźwiak Jóźwik Juárez Jucken Juhász Jukuma Jukums Jumiķe Jumiķis Junek
Jungbluth Jungton Junková Jurado Jurašić Jurašković Jurčík Jurčíková Jurečka Jurečková Jurek Jürgens Juřica
Juřicová Juřík Juříková Jurina Jurinová Jurišević Jurišić JurišićSpajić Jurišin Jurjević Jurkiewicz Jurkovič
Jurkovičová Jurkowski Justina Juszczak Juwita Kabát Kabátová Kabić Kablinović Kačaniklić Kačar Kačarević
Kačavenda Kačírek Kačírková Kacprzak Kaczmarski Kaczor Kaczorowski Kaczyński Kadeřábek Kadeřábková Kadijević
Kadlec Kadlecová Kadnar Kadri Kaesmacher Kafenda Kafendová Kafka Kafková Kägi Kahl Kähler Kahlert Kahles
Kahlmeyer Kahveci Kahyang Kainović Kaisrová Kaitović Kajganić Kakkar Kala Kaláb Kalaba Kalabić Kalábová
Kalajanović Kalajdžić Kalajić Kalajitović Kalamiza Kalaš Kalašová Kalēja Kalējs Kalendić Kaleta Kalić Kälin
Kalina Kalinová Kalinski Kaliská Kaliský Kalivoda Kalivodová Kallabis Kállay Kállayová Kallensee Kallis Kalna
Kalnāja Kalnājs Kalniņa Kalniņš Kalns Kalous Kalousek Kalousková Kalousová Kalová Kaluđerski Kałuża Kalyan
Kamat Kamber Kamenički Kameník Kameníková Kamenov Kamoliddinyev Kamoliddinyeva Kamolov Kamolova Kampf
Kampschulte Kaňa Kanaria Kandecki Kane Kanea Kania Kanić Kaniewski Kanimal Kaniyar Kanižaj Kaňka Kaňková Kano
Kaňová Kantor Kantorová Kanzaki Kaplan Kaplangı Kaplanová Kappe Kappler Kaproncai Kapulica Kapusta Karaböcek
Karabulut Karać Karadamis Karadaş Karađorđević Karaduman Karaer Karajčić Karakašević Karam Karaman
Karamarković Karamata Karan Karapetrić Karas Karásek Karašićević Karásková Karasová Karatošić Karaulac
Karaulić Karavidić Karban Karbanová Karczewski Kardoš Karel Karem Karhoff Karika Karikari Kārkliņa Kārkliņš
Karlak Karlić Karlík Karlíková Karlinski Karlová Karlsone Karlsons Karpiński Karrass Karst Karsten Karul
Karulová Karus Karwowski Kasal Kasalová Kašanin Kasapoğlu Kasavica Kaselj Käser Kašík Kašíková Kašiković
Kašpar Kašpárek Kašpárková Kašparová Kasperek Kasprzyk Kass Kassulke Kasten Kašterović Kastner Kaszuba
Katarinček Käther Kathrada Katoi Katona Katulić Katzinski Kaul Kauliņa Kauliņš Kausemann Kautzer Kavaklıoğlu
Kavka Kavková Kawa Kawecki Kawohl Kayode Kazda Kazdová Kazenski Kazmarek Keçeci Kedzierski Kędziora Keebler
Keil Keiner Ķeizare Ķeizars Kekić Keleka Keleman Kelemen Kelm Kemfelja Kemmer Kemp Kempe Kemper Kempis
Kempter Ķēniņa Ķēniņš Keníž Kenížová Kępa Kerekes Kerl Kerluke Kern Kertzmann Keseroğlu Kešina Kesselring
Kesselschläger Kessler Kette Kettenis Keutel Khanna Khatri Khawula Khoza Khumalu Khuzwayo Kićanović Kičema
Kićeskulov Kićevac Kičić Kiehn Kiessling Kihas Kihn Kilback Kinadeter Kindelan Kindl Kindlová Kinzel Kinzy
Király Kirby Kirch Kirk Kirlin Kirst Kisabaka Kišfalubac Kisiel Kita Kitić Kitonjić Kizivat Kılıççı Kıraç
Klabuhn Klačar Kladar Kladarin Klander Klapka Klapková Klapper Klasanović Klašnja Klauder Kļaviņa Kļaviņš
Klečina Klečka Klečková Kleeberg Kleiber Kleinert Kleininger Kleinmann Kleinová Kleinsteuber Kleiss Klement
Klementová Klemme Klikovac Klíma Klimczak Klimek Kliment Klimentová Klimeš Klimešová Klímová Klimović Klinac
Klincov Kline Kling Klinger Klinić Klink Klišanin Klječanin Klocko Klopsch Kłos Klose Kłosowski Kloss Klouček
Kloučková Klouda Kloudová Klusener Kluwe Kmeť Kmeťová Kmieć Kmiecik Knabe Knap Knapik Knapová Knapp Knecht
Kneifel Knetsch Knies Knippel Knobel Knoblich Knoetze Knorr Knorscheidt Knotek Knotková Knox Kobela Kobia
Kobs Kobus Kocabıyık Kocchar Kochan Kochová Kočí Kocián Kociánová Kočiš Kočišová Kock Kocman Kocmanová
Koçoğlu Kocourek Kocourková Kocsis Koçyiğit Koczulla Koderisch Koehl Koehler Koelpin Koenig Koepp Koester
Kofferschlager Kofler Kofranek Kogan Kogut Koha Kohle Kohlmann Kohnle Kohout Kohoutek Kohoutková Kohoutová
Köhrbrück Köhre Kohrt Kohs Kojčić Kojčinović Koka Kokanov Kokanović Kokar Kokoškov Koković Koks Kola Koláček
Koláčková Kolade Kolak Kolaković Kołakowski Kolář Kolarac Kolarević Kolarić Kolařík Kolaříková Kolarov
Kolářová Kolasa Kolb Koleiski Kolek Kolesár Kolesarić Kolesárová Kolgjeraj Kolková Kollár Kollárová Kolly
Kolman Kolmanová Kolnik Kolniková Kołodziejski Kolokas Kolompar Kolonja Kölotzei Kolović Kolundžić
KolundžićRadić Kolundžija Komad Komadinić Komadinović Komak Komanov Komanović Komar Komarčević Komarčić
Komárek Komarica Komárková Komarnički Komaromy Komarov Komatina Komatinović Komatović Komazec Komilov
Komilova Komínek Komínková Komljen Komljenović Komluški Komnenić Komnenov Komnenović Komoll Komorowski
Komronov Komronova Končar Konečná Konečný Koníček Koníčková Konopelski Konopka Konow Konta Konya Koob Koomson
Kopal Kopalová Kopanec Kopas Kopczyński Kopeć Kopeček Kopecká Kopečková Kopecký Kopečná Kopečný Koper
Köpernick Kopf Kopřiva Kopřivová Korbel Korbelová Korda Kordić Kordin Kordulup Korec Korecová Korica Kořínek
Kořínková Körmükçü Korol Korotaj Korpaš Korša Korta Kortajarena Korušac Korzeniowski Kosalec Košanin Košarac
Kosenkow Köseoglu Košević Kosík Kosíková Kosina Kosinová Kosiński Košničar Košničarević Kosoko Kosová
Kosowski Košpić Koss Kostadinović Košťál Košťálová Kostecki Kostić Kostin Kostka Kostkaová Kostková Kostrec
Kostrecová Kostrzewa Koštunica Košutarac Košutić Koszewski Kotaranin Kotaraš Kotarčević Kotarlić Kotas
Kotasová Kotek Kotević Kotková Kotlár Kotlárová Kotowski Kotrba Kotrbová Kotrljanović Kouba Koubaa Koubek
Koubková Koubová Koudela Koudelka Koudelková Koudelová Koukal Koukalová Kouřil Kouřilová Koutná Koutný Kováč
Kovacek Kováčik Kováčiková Kováčová Kovacs Kovalski Kovář Kovařík Kovaříková Kovářová Kovčin Kovinčić
Kovinjalo Kovjanić Kovljenić Kovrlija Kowal Kowalczuk Kowalick Kowalik Kowalinski Koya Köybaşı Köylüoğlu
Koyuncu Koza Kozakiewicz Kozáková Kozarac Kozarev Kozarević Kozarski Kozel Kozey Kozić Kozieł Kozioł Kozlica
Kozlina Kozlovački Kozma Kozová Krabbe Kragl Kragulj Kraguljac Krahovski Krainčanić Krajči Krajcik Krajčír
Krajčírová Krajčo Krajčová Krajčovič Krajčovičová Krajewski Krajíček Krajíčeková Krajíčková Krajina
Krajinović Krajišnik Krajnović Krakowiak Král Králíček Králíčková Králík Králíková Kralj Kralja Kraljinović
Králová Krance Krancis Krasić Krasnova Krastiņa Krastiņš Krátká Krátký Kratochvíl Kratochvílová Kratofil
Krauel Kraule Kraulis Krausová Krauspe Krauze Krawiec Krčevinac Krčmář Krčmarević Krčmářová Kreb Křeček
Křečková Kreiger Kreissig Krejčí Krejčík Krejčíková Krejčíř Krejčířová Krejčová Kremanac Kremenović Křenek
Křenková Krēsliņa Krēsliņš Kresoja Kresojević Kresonja Kresse Kreštalica Kreutz Krga Kričak Krička Kričković
Krieger Kriel Krieva Krieviņa Krieviņš Krievs Krige Krilović Krinulović Krippner Kris Krišan Krišanov
Krišanović Kristić Krištof Krištofová Krivaćević Krivaja Křivánek Křivánková Krivčević Krivda Krivokuća
Krivošić Krivošija Kříž Křížek Križić Křížková Křížová Krkalo Krkeljić Krkić Krkljuš Krkobabić Kröckert
Krodinger Kröger Krohn Królikowski Kron Kronberga Kronbergs Kropáček Kropáčková Kroupa Kroupová Krpović
Krsmanić Krsmanović Krsmić Krspogačin Krstajić Krstanović Krstekanić Krstić Krstičić Krstin Krstinić
Krstivojević Krstonić Krueger Krug Krügel Krukowski Krull Krūmiņa Krūmiņš Krupička Krupičková Krupiński
Krupka Krupková Krupová Krušarovski Kruschinski Krušković Kruszewski Kružević Krvavac Krysiak Krzemiński
Krznarić Krzyżanowski Kshlerin Książek Kuba Kubadov Kubadova Kubánek Kubánková Kubát Kubátová Kubcová Kubec
Kubelka Kubelková Kubena Kubera Kubeš Kubešová Kubheka Kubica Kubíček Kubicki Kubíčková Kubicová Kubík
Kubíková Kubín Kubínová Kubiš Kubišová Kubli Kubová Kuča Kučara Kučera Kučerová Kuchař Kucharczyk Kuchařová
Kucharski Kuchta Kuchtová Kućinac Kuciński Kučová Küçükler Kuczyński Kuday Kudeljaš Kudláček Kudláčková
Kudrna Kudrnová Kufahl Kuhar Kuhic Kuhlee Kuhlman Kühnel Kühnemund Kuhnen Kúhnert Kühnke Kujavec Kujawa
Kujawski Kukla Kuklová Kukuljica Kukuružnjak Kula Kulaksızoğlu Kulas Kulesza Kulhánek Kulhánková Kulhavá
Kulhavý Kulig Kulik Kulimann Kuliński Kulma Kulmane Kulmanis Kumbernuss Kumcuoğlu Kumi Kummle Kunc Kuncová
Kunde Kunene Kuneš Kunešová Küng KunićBukovac Kunt Kunter Kunze Kupcová Kupec Kupfer Kuphal Kupka Kupková
Kupprion Kuprion Kupusinac Kuraica Kurćubić Kurevija Kuridža Kurija Kurilić Kurjačić Kurjački Kurka Kurková
Kurmazović Kurniawan Kurnicki Kurnoga Kurobasa Kurowski Kurrat Kurschilgen Kurtak Kurtanjek Kurtuma Kuručev
Kurucić Kurutluoğlu Kurzemniece Kurzemnieks Kušan Kusanović Kuschewitz Kuschmann Kusi Kušić Kuske Kušljević
Kušljić Kusmawati Kustermann Küsters Kusumo Kuswandari Kuswoyo Kutch Küter Kutlay Kutlija Kutscherauer
Kutzner Kuvalis Kuypers Kužel Kuželj Kuželová Kužet Kuzmanić KuzmanićŠarac KuzmanovićĐorđević Kuzmina Kuzucu
Kvačanović Kvapil Kvapilová Kvarme Kvasina Kvasnička Kvasničková Kvekić Kvrgić Kwaakye Kwadwo Kwarteng
Kwaśniewski Kwieciński Kyei Kyncl Kynclová Kyra Kyseľ Kysela Kyselová Laack Labadie Labalo Laban Labanac
Labate Labotić Laboy Labuda Labudová Labus Lačanin Lacerda Lach Lacina Lacinová Lācis Lacko Lacková Laćman
Lačnjevac Ladega Lađevac Lađević Ladewig Lađinović Laezza Laforza Laganà Lailasari Laitkam Laiviņa Laiviņš
Lakatoš Lakatošová Laketa Laketić Lakić Lakin Lakomy Laksita Laksmiwati Laletin Lalić Lamacchia Lambelet
Lamberti Lambić Lammert Lamos Lamula Lana Landa Landi Landmane Landmanis Landmann Landová Landry Langer
Langeveldt Langfeld Langhirt Langosh Langová Langr Langrová Langworth Lanig Lanteri Lanz Lanza Lapčević
Lapiņa Lapiņš Łapiński Lapsiņa Lapsiņš Lari Larkin Larson Lasmane Lasmanis Lasota László Látal Látalová
Latifat Latini Latkovska Latkovskis Latorre Lattanzi Latupono Lauberga Laubergs Laubscher Lauckner Lauinger
Laureano Lausecker Laux Lavecchia Lavička Lavičková Lawal Lawson Lazanski Lazar Lazarac Lazarev Lazarević
Lazarov Lazendić Lazetić Lazić Lazin Lazinica Lazizov Lazizova Lazuardi Lazzari Lazzarini Lazzaro Leal Leale
Leannon Lebeda Lebedová Leberer Leblanc Lebrón Lebsack Lecca Lečić Ledda Ledesma Ledner Leffler Leggio Legros
Legzdiņa Legzdiņš Leibold Leide Leilani Leimbach Leipold Leist Leite Leiter Leiteritz Leitheim Leiva
Leiwesmeier Lejiņa Lejiņš Lejniece Lejnieks Lelli Lelović Lemaić Lemajić Lembede Lemić Lemke Lemmens Lemus
Lenart Lenfers Lengyel Lenhard Lenk Lentini Lenz Lenzen Lenzi Leonard Leoncini Leonetti Leoni Leontijević
Leopardi Lepore Leposavić Lepović Lepšanović Lepšík Lepšíková Lepthin Lerma Lero Lesch Leschnik Lesendrić
Lešević Lesiak Lešina Lesmana Leśniak Leśniewski Lestari Lester Leszczyński Letsoalo Letzelter Leuba
Leunberger Leuschke Leutarević Leutenegger Levá Levajac Levanić Lewin Lewke Leyckes Leyva Lezzi Líbal
Líbalová Liberati Librizzi Licata Liccardo Licciardello Lichtenfeld Lichtenhagen Lichtl Līcis Licitra Līdaka
Līdaks Liebach Liebe Liebich Liebold Lieder Lielmane Lielmanis Lienshöft Liepa Liepiņa Liepiņš Ligorio
Liguori Lilić Limón Limoncuoğlu Linares Lindenberg Lindenmayer Lindsey Linhart Linhartová Linke Linnenbaum
Linsey Liotta Lipar Lipari Lipiński Lipka Lippe Lippi Lippolis Lipske Lipski Lipták Liptáková Lipus Lischka
Lisi Lisická Lisický Lisiecki Liška Lišková Lisowski Littel Litterio Liuzzi Livaja Livazović Liverani
Livingston Ljevnaić Ljiljan Ljubojević Ljubomirović Ljubotina Ljubović Lobinger Loboda Loča Locatelli Locci
Lochner Lockman Ločs Loddo Lodiņa Lodiņš Loera Loffredo Logina Logožar Logsch Lohmann Lohre Lohse Loiacono
Lokar Lolli Lombard Lombardini Lomeli Lomić Lomović Lonardi Longobardi Longoria Loogen Lorenc Lorencová
Lorenzini Loreti Loreto Losch LošićKrizmanić Loska Lotito Lott Lotter Lotti Loubser Louda Loudová Loup
Loureiro Lourenço Lourinho Louw Lovato Löwa Lowery Loya Lozada Lubina Lubinová Lübke Lubowitz Lučanović Lučar
Lucarelli Lucarini Lucchese Lucchesi Lucero Luchetti Luchini Luciani Lučić Lucidi Luconi Łuczak Ludban Ludolf
Ludvík Ludvíková Lueilwitz Luettgen Luevano Lufft Lugli Luise Lukáč Lukačević Lukačin Lukáčová Lukács Lukášek
Łukasiewicz Łukasik Lukášková Lukášová Łukaszewski Lukenda Lukendić Lukeš Lukešová LukićKovanović Lukoschek
Lungu Luongo Lupi Lupica Luppi Luppino Lupták Luptáková Lupu Lüscher Lūse Lūsis Lustenberger Lutfiyev
Lutfiyeva Lutfullohov Lutfullohova Lüthi Luthuli Lutje Lutz Luyt Lužaić Luzi Luzzi Lynn Maak Mabaso Mabhida
Mabizela Mabrukov Mabrukova Mabunda Macák Macáková Macaluso Macanić Macchi Macchia Macedo Macejkovic Macek
Macele MacGyver Mach Mácha Machač Macháček Macháčková Machačová Machala Machálek Machálková Machalová Machová
Mächtig Maciąg Maciejewski Mack Mackiewicz Macko Macková Maćkowiak Macovei Macrì Macura Macurová Maczey
Maddox Madej Madejová Mäder Madera Madetzky Madić Madidov Madidova Madonna Madubuko Maduma MadunićFlauder
Madžić Maes Maestas Maffei Maftei Magalhães Magaña Magdalenić Magdić Maggi Maggiani Maggiore Magi Maglajić
Magliocco Magnani Magno Magnussen Magoza Magyar Mahabeer Mahajan Mahanov Mahanova Mahardika Mahendra Mahestri
Maheswara Maheswari Mahmudi Mahoney Mahrusov Mahrusova Maia Maiello Mainardi Maio Maione Mair Maisch Majača
Majcher Majchrzak Majer Majerová Majeská Majeský Majka Majkić Majnik Majović Majstorović Majstrenko Makhanya
Makinde Makinwa Maksimović Makuachukwu Malá Malachovská Malachovský Malagoli Malan Malaspina Malatesta
Malavasi Malave Malbašik Maldonado Malec Maleček Malečić Małecki Malečková Málek Malerba Malešević Malićanin
Malicki Malík Malíková Malina Malinga Malinić Malinová Malíšek Malíšeková Maliszewski Malivuk Malizia Málková
Malkus Mallmann Malobabić Malojčić Malone Maltašić Maltese Malucha Maluleke Malvić Malý Mamojka Mamojková
Mamula Maňák Maňáková Manastirlić Manca Mancinelli Mancino Mancuso Mandala Mandarić Mandasari Mandić
Mandoković Mandrapa Manea Manetti Manfredi Mangano Mangione Mangunsong Manica Manicone Maniscalco Manjak
Manjenčić Mannino Manno Manns Manolache Manole Mansell Mansur Mansurov Mansurova Mante Manti Mantovani
Manullang Manz Manzanares Manzella Manzi Manzo Maphisa Maqsudov Maqsudova Maračić Maragno Marahrens Marais
Marak Maraković Maran Marangi Marangon Marangoni Marani Marano Marar Marasović Marbun Marčec Marcelli Marcet
Marchal Marchesan Marchesi Marchesini Marchetto Marchewka Marchewski Marchini Marciano Marčik Marcinko
Marcinková Marčinković Marcinkowski Marcon Marconi Marcovecchio Marcu Marcucci Marcussen Mardhiyah Mardonov
Mardonova Mareček Marečková Marega Marelli Maresca Marešová Margić Marginean Margiotta Margis Mariánová Marić
Maričević Mařík Maříková Marinčić Marinelli Marinescu Marinković Marinović Marinucci Mariotti Marisavljević
Mariucci Mariz Marjanov Marjanović Markham Markiewicz Markotić Marková Marković MarkovićŠarac Markowski
Marmeggi Marner Maroević Marone Marongiu Marošićević Marotta Marović Marpaung Marquardt Marquart Marrazzo
Marrero Marrone Marroquín Maršálek Maršálková Marschek Marsella Marsenić Maršík Maršíková Marsili Marszałek
Martać Martel Martelli Martellucci Marti Martinac Martincová Martinec Martinek Martines Martinková Martinov
Martinović Márton Martorana Martucci Marunica Marxen Maryadi Maryati Maryjane Marzano Marzi Marziali
Marzocchi Mašala Masaryk Masaryková Mascareñas Mascia Masciandaro Mascolo Mašek Maseko Mashinini Masi Masia
Masiero Mašková Maslać Maślanka Maslo Maslová Masłowski Mašojević Masopust Masopustová Massari Massaro Massey
Massimi Mastrogiacomo Mastroianni Mastronardi Mastropietro Masucci Mata Matanić Matarazzo Mataz Mateescu
Matei Matějíček Matějíčková Matějka Matějková Mathebula Mathes Mathews Mathies Mathiszik Matías Matiaško
Matiašková Matić Matijanić Matijašević Matijević Matisone Matisons Matorić Matos Matouš Matoušek Matoušková
Matoušová Matranga Matschke Matta Mattei Mattern Matteucci Matthes Matthey Mattioli Matula Matulová Matusiak
Matusina Matuška Matušková Matuszak Matuszewski Matyáš Matyášová Matys Matysiak Matysová Maugeri Maulana
Mauri Maurizi Mauroff Mautner Mautone Mauzer Mavdudyev Mavdudyeva Mavlonov Mavlonova Mavundla Maxa Maxová
Maxwell Maya Mayasari Maybach Mayerová Mayert Mayhoş Maynard Mayorga Mayowa Mays Mazánek Mazánková Mazibuko
Mazilu Mazjāne Mazjānis Mazurkiewicz Mazzanti Mazzarella Mazzaro Mazzei Mazzeo Mazzi Mazzini Mazzocchi
Mazzola Mazzoleno Mazzone Mazzotta Mazzotti Mbatha Mbende Mbuso McBride McCall McCann McCarty McClain McClure
McConnell McCormick McCoy McCullough McDaniel McDermott McDowell McFarland McGee McGlynn McGuire Mchunu
McIntosh McIntyre McKay McKee McKenzie McLaren McLaughlin McLean McMahon McMillan McPherson Mebold Mečiar
Mečiarová Medeiros Medek Medeot Medhurst Medici Medková Medne Mednis Medrano Medugno Medveď Medveďová Meeuwis
Megantara Megdanac Megna Mehl Mehlhorn Mehloluhlaza Mehlorn Mehra Mehrotra Meichtry Meiere Meiers Meili
Meintjies Meireles Meisch Meister Mejía Mekša Mekšs Melandri Melani Melcer Melcerová Meldere Melderis Mele
Meléndez Melgar Meli Melichar Melicharová Melillo Melinda Melker Mellett Melngaile Melngailis Melo Meloni
Melton Melzer Memoli Mena Mencarelli Menchaca Mencl Menclová Menconi Menegatti Menemencioğlu Menéndez Menga
Mengoni Menna Menne Menozzi Menrat Mensa Menšík Menšíková Mensing Meraz Mercado Mercurio Mereu Merian Merkel
Merli Merlo Mermoud Merola Merritt Merseburg Merta Mertoğlu Mertová Mertz Merz Mesarić MesarošBelanji Meškūna
Meškūne Meškūns Mesloh Mesquita Messana Meszaroš Mettler Metzger Metzner Mewes Meyers Meylan Meza Mezei
Məmmədov Mfeka Mfumu Mgenge Mhlanga Mhlongo Mičan Micco Miccoli Miceli Michalcová Michalczyk Michalec
Michálek Michalík Michalíková Michálková Michallek Michalová Michałowski Micheletti Michelucci Michiels
Michna Michnová Micillo Mička Mičková Micu Middleton Mielczarek Mielke Mierzejewski Migliaccio Miglio
Migliore Mignogna Mihai Mihaila Mihailescu Mihailova Mihailovs Mihál Mihalache Mihalcea Mihalik Mihaliková
Mihaljec Mihálová Mijaković Mijota Mikac Miķelsone Miķelsons MikešićMerda Mikešová MikićVučak Mikitenko
Miklaś Mikloško Miklošková Miko Mikodanić Mikołajczak Mikołajczyk Miková Mikula Mikulášek Mikulášková Mikulík
Mikulíková Mikulová Mikulski Mikuš Mikušová Mikuta Milak Milanković Milazzo Milczarek Milde Milea Milella
Milewski MilišićKovačević Militaru Militello Miljanović Milota Milotová Milton Mináč Mináčová Minah Minář
Minařík Minaříková Minářová Minelli Mingarelli Minniti Mintzlaff Miodrag Miotto Mirabella Miramontes Miranov
Miranova Mirazizov Mirazizova Mircea Mirea Mireles Mirga Mirgová Miron Mironov Mironova Mirziyoyev
Mirziyoyeva Misiak Mišík Mišíková Miśkiewicz Mistretta Misztal Mitanović Mkhatshwa Mkhize Mládek Mlađenović
Mládková Mlčoch Mlčochová Mlejnek Mlejnková Mlikota Młynarczyk Mngomezulu Mnisi Mobolaji Mocanu Moccia
Mockenhaupt Modica Modise Modzelewski Moede Moedl Moeller Moffa Mofokeng Moga Mogbadunade Mögenburg Moguenara
Mohirov Mohirova Mohnacki Mohrhard Möhsner Moise Mojica Mojžíš Mojžíšová Mokrá Mokroš Mokrošová Mokrý Mokwena
Möldner Moldovan Moldoveanu Molefe Molenda Molinari Molinaro Molitor Möllenbeck Mollica Möllinger Molnár
Molnárová Moloi Molteni Molzan Monaci Monahan Mondragón Monnard Monni Monod Monroe Monroy Montag Montagna
Montagner Montalbano Montalto Montalvo Montanaro Montañez Montaño Montefusco Monteleone Montemayor Montemurro
Montenegro Monterosso Montesano Montéz Montgomery Monticelli Montoya Moonsamy Moormann Moosa Morabito Moraes
Morais Moran Morandi Morar Moraru Moras Moravčík Moravčíková Moravcová Moravec Morávek Morávková Morawo
Morawski Morax Moraz Mordenti Mordhorst Morello Moretto Morgante Morgenstern Morhelfer Moriconi Morini
Morissette Morkel Moro Moroni Morová Morozovs Morra Morreale Morri Morrison Morrone Mörsch Morse Morton Mosca
Moscato Mosciski Moseley Moser Moses Moslavac Mosley Mostert Mosti Mota Motalo Motaung Motchebon Motisi Motl
Motloung Motlová Motta Mottet Mottola Motyčka Motyčková Motyka Motzenbbäcker Moučka Moučková Moudrá Moudrý
Moura Moyer Mphahlele Mqwebu Mráček Mráčková Mráz Mrázek Mrázková Mrázová Mrkvička Mrkvičková Mroczek
Mroczkowski Mrozek Mrugalla Msibi Mthethwa Mtolo Mtshali Mucalj Mucavac Muceniece Mucenieks Mucha Muchová
Muckenthaler Mudau Mueller Mues Mufizov Mufizova Muhammadov Muhammadova Muhar Mühleis Muhsinov Muhsinova
Muhtorov Muhtorova Muinat Muižniece Muižnieks Mukaram Mukhopadhyay Mulas Mullen Müllerová Mullins Mulrain
Mulyani Munaro Munda Munguía Munifyev Munifyeva Muñiz Munk Munkaš Munsamy Muntean Munteanu Muradbašić Murati
Muratore Murawski Murazik Muresan Murillo Muro Murodov Murodova Murolo Murru Murtas Musat Muschg Musella Musi
Musiał Musil Musilová Musso Mustafoyev Mustafoyeva Mustapha Mustika Mustofa Musulmonov Musulmonova Musumeci
Musy Muszyński Mutiat Muzaffarov Muzaffarova Muženjak Mužík Mužíková Myburg Myburgh Mydlo Mydlová Myhrer
Myška Myšková Nababan Nabein Nabow Nača Nader Nagy Nagyová Nagypalfi Naik Nainggolan Najduk Nájera Najman
Najmanová Najmiddinov Najmiddinova Najmudin Nalbantoğlu Namaga Nambeesan Namboothiri Namiķe Namiķis Nanaić
Nanda Ñañez Nannen Nanni Napierała Napitupulu Napoletano Napolitano Nappi Naranjo Narcisi Narciso Narimonov
Narimonova Narpati Narváez Nashiruddin Nasriddinov Nasriddinova Nastase Nastvogel Nasyiah Nasyidah Natale
Natali Nathania Natsir Naubert Naude Nauer Naumann NaumovskiČizmar Nava Navarra Navarrete Navrátil
Navrátilová Nawrocki Nawrot Nayar Nazario Nazifov Nazifova Nazrullohyev Nazrullohyeva Nazzaro Ncusi Ndaba
Ndandali Ndebele Ndukwu Ne’matullohyev Ne’matullohyeva Neacsu Neagoe Neagu Neal Neamtu Nebioğlu Nečas
Nečasová Nechita Necula Nedbal Nedbalová Nedelcu Nedoma Nedomová Nedvěd Nedvědová Negoita Negrea Negrete
Negrón Negru Nehru Neimke Nejedlá Nejedlý Němcová Němec Němeček Němečková Nemes Németh Nenadov Nenadović
Nerius Nesladek Nešpor Nešporová Nesti Nesvadba Nesvadbová Neto Neubauer Neubauerová Neubert Neuendorf
Neumair Neuman Neumannová Neumanová Neupert Neurohr Neuschwander Nevárez Neves Nezaj Nəzərov Ngcobo Ngcolosi
Ngema Ngubane Nguyenová Ngwazi Ngwenya Nhlapo Nhleko Nica Nicastro Niccolai Nicholson Nicoara Nicolae Nicolay
Nicolescu Nicoletti Nicolini Nicolò Nicolosi Nicosia Nicotra Niculae Niculescu Nieddu Niedermeier Niedra
Niedziela Niedzielski Niedźwiecki Nieklauson Niemczyk Niemiec Nienow Niewiadomski Niggeler Nigro Nijland
Niklaus Nikolaus NikolićKovačić Ninalowo Ningrum Nistor Nita Nitra Nitu Nitzsche Nixon Nizomiddinov
Nizomiddinova Nizomov Nizomova Nkansa Nkansah Nkrumah Noack Nobile Nobili Nobre Nocentini Nocera Nocerino
Nodler Noga Nogueira Nojeem Nolan Nolte Nomvethe Nondlela Nonyana Nordskaug Noriega Norman Normann Northoff
Norton Nosek Nosirjonov Nosirjonova Nosirov Nosirova Nosková Nota Notaro Noto Nováček Nováčková Novák
Nováková Novelli Novello Novitasari Novosad Novosadová Novotná Novotný Nový Nowaczyk Nowiński Nowosadek
Nozulu Nsele Nsia Ntanzi Ntiamoa Ntim Ntombela Ntuli Nucci Nucera Nugraha Nugroho Numanoğlu Nuraini Nurbekov
Nurbekova Nurdiyanti Nuriddinov Nuriddinova Nurlaela Nurlanov Nurlanova Nusratov Nusratova Nusratullohyev
Nusratullohyeva Nussbeck Nuzzo Nwachukwu Nwogu Nwuzor Nxumalo Nyaako Nyame Nyanda Nyantakyi Nytra Nzimande
O'Connell O'Conner O'Hara O'Keefe O'Kon O'Linn O'Reilly Oancea Obeng Oberbrunner Oberem Obergföll Oberlin
Obermaier Obiageli Obianuju Obidov Obidova Obrežanac Obrien Obšut Obšutová Ocasio Occhipinti Ochoa Ochs Ochse
Oconnell Oconnor Odehnal Odehnalová Odetola Odilyev Odilyeva Odobašić Odom Odonnell Odunayo Odunsi Oeser
Ofori Ofosu Oggiano Ogindan Oginni Ogulana Ogunbamigbe Ogunbanwo Ogunbiyi Ogunbo Ogunde Ogunwande Ogunwobi
Ogunyeye Ojeda Ojua Okpattah Oktavian Oktaviani Oktovian Okumuş Okuneva Okunola Okur Okyere Olabode Oladeji
Oladimeji Oladipupo Oláh Oláhová Olaiya Olaoluwa Olariu Olaru Olasunkanmi Olasunkanmi-fasayo Olasupo Olbina
Olbrich Olczak Olejniczak Olejnik Olimov Olimova Oliphant Oliva Olivares Olivárez Olivas Olivera Oliveri
Olivi Olivieri Oliviero Olivo Olivová Olla Olmos Olowokeere Oloyede Olstad Oltean Olteanu Olubode Olubukola
Olubunmi Olufeyikemi Olugbayila Olujimi Olukotun Olukunga Olumide Olusanya Olutola Oluwagbemi Oluwakemi
Oluwanisola Oluwaseyi Oluwashina Oluwatosin Olvera Omadov Omadova Omani Omidina Omobolaji Omobolanle Omojola
Omolara Omotoso Omowale Ondra Ondráček Ondráčková Ondrašek Ondricka Ondrová Ondruš Ondrušová Oneal Oneill
Onnen Onohinosen Onose Ontiveros Onyinyechukwu Oosterhuis Oosthuizen Opačić Oparinde Opeyemi Ophey Opoku
Oppenheimer Oppliger Oppong Oprea Oprić Opricović Opris Opsenica Opuić Opuku Opuvačić Oqilyev Oqilyeva
Oquendo Orak Oraloğlu Oraovčić Orašanin Oravec Orbán Orbanić Orbay Ordóñez Orefice Orellana Örge Orgulan
Orifov Orifova Orlandi Orlović Orłowski Ornelas Orosco Orosz Orozco Orrù Orság Orságová Oršanić Orsini Orsós
Orta Ortenzi Orth Orthmann Ortolani Orzechowski Osborne Oschkenat Osenberg Oshin Osinski Osis Osmak Osmanlić
Osorio Ossowski Ostendarp Ostervald Østli Östringer Ostrovska Ostrovskis Ostuni Ostwald Osuagwu Osuntokun
Otabekov Otabekova Otáhal Otáhalová Otartić Otčenáš Otčenášová Otiwa Ottaviani Ottaviano Otte Ottonello Otuo
Ovčina Owais Owczarek Owokoniran Owolabi Owoyemi Oyadiran Oyaifo Oybekov Oybekova Oyebola Oyelude Oyeniyi
Oyetoro Oyeyemi Oyinkansola Oyinlola Öymen Ožanić Ozansoy Özberk Özbey Özbir Özdenak Özdoğan Ozere Ozers
Özgörkey Özkara Özkök Ozodbekov Ozodbekova Ozodov Ozodova Ozola Ozoliņa Ozoliņš Ozols Öztonga Öztuna Ozuna
Pabón Pačanin Pačariz Pacheco Paci Pacifici Pacifico Pacini Pacocha Paczkowski Padberg Pađen Padilla
Padmasari Padovan Padrón Padula Paduraru Paesler Páez Pagac Paganelli Pagliai Pagliuca Pahanić Pahert Paimo
Paiva Pająk Pajčić Pajeska Pajkurić Pajonk Pajtl Pakalniete Pakalnietis Paksüt Pakuła Pala Palačković Palacz
Paladini Palano Palašti Palastri Palavestra Palazzolo Paleček Palečková Palić Paligorić Palija Palikuća
Pališaški Paljević Pałka Palla Palladino Pallentin Pallotta Palmeri Palmisani Palmisano Palombi Palombo
Palomo Paltere Palters Paluch Pana Panait Panaro Pandolfi Pánek Panetta Panežić Pangestu Panicker Panico
Panišić Panjak Panjević Pánková Pantano Pantoja Panza Panzeri Panzig Paolella Paoletti Paoli Paolicelli
Paolillo Paolini Paolino Paolucci Paone Paonessa Papak Papaleo Papapietro Papež Papežová Papini Papp
Pappalardo Paradiso Paraschiv Paravinja Pardini Parente Pariggiano Parise Parisian Pařízek Pařízková Parkin
Parlier Parmaković Parnell Parodi Parojčić Parović Parrinello Parrino Parrish Partida Partyka Parun Parvu
Pašagić Pašalić Pasca Pascale Pascali Pascarella Paschke Pascu Pascucci Pašek Pašeková Pašić Pasini Paška
Paško Pašková Pasqua Pasquali Pasquini Passarelli Passeri Passero Passuello Pasternak Pastore Pastorelli
Pastorino Paszkowski Pásztor Patača Patačić Patafta Pataki Patanè Patarac Pátek Patil Patila Patiño Patko
Pátková Patković Patočka Patočková Patrascu Patriarca Patrnogić Patrone Patrun Patruno Patti Patton Patzwahl
Paucek Paukner Pauko Pauková Pauković Paulová Paulse Pauļuka Pauļuks Paun Paunković Pavan Pavani Pavčić
Pavelek Pavelić Pavelka Pavelková Paver Pavešić Pavlačić Pavlas Pavlasová Pavlica Pavlíček Pavličić
Pavlíčková Pavlicová Pavlík Pavlíková Pavlikovská Pavlikovský Pavlová Pavlović Pavlovska Pavlovskis Pavlů
Pavone Pavrlišak Pavúk Pavúková Pawelec Pawlicki Pawlik Pawlikowski Pazdera Pazderová Pazmanj Peaquin Pećar
Pece Pech Pecha Pecháček Pecháčková Pechová Pećina Pecka Pecková Pecora Pecoraro Pecorella Pedone Pedraza
Pedrazzini Pedroni Pedrotti Pedroza Peixoto Pekař Pekárek Pekárková Pekařová Pekkan Pektemek Pelayo Pelc
Pelcová Pelikán Pelikánová Pellecchia Pellicano Pellitteri Peluso Penčić Pencis Penezić Penić Penjišević
Penna Pennestrì Pennington Penović Penzo Peović Pepe Pepelčević Perales Peralta Peran Perdana Perea Perego
Peres Perilli Perin Peřina Perini Peřinová Pērkona Pērkons Perlaš Permadi Permata Pernica Pernicová Peroni
Perotti Peroutka Peroutková Perra Perret Perri Perrier Perrini Perrone Perrotta Perroy Perša Pertiwi Perugini
Peruzzi Pesaresi Pesce Pešek Peselman Peška Peško Pešková Pešorda Pession Pešta Peštová Petcu Peterka
Peterková Pētersone Pētersons Petito Petr Petrák Petráková Petralia Petrarca Petráš Petrášová Petre Petrea
Petrella Petrelli Petrescu Petříček Petříčková Petrijevčanin Petřík Petříková Petrini Petriševac Petrone
Petronio Petrovac Petrovická Petrovický Petrovska Petrovskis Petrů Petrucci Petruška Petrušková Petzold
Pezzella Pezzi Pfannerstill Pfeffer Pfennig Pfersich Pfingsten Pfister Pflieger Pflügner Phelps Phùng
Piacentini Piaget Piana Pianese Pianigiani Piasecki Piątkowski Piazzolla Pibiri Picariello Picchi Piccinini
Piccione Picco Piccoli Pícha Pichardo Pichler Pichlmaier Píchová Pictet Piechota Pieczek Piekarski Pienaar
Pieri Pierini Pierro Piesker Pieterse Pietras Pietruszka Piga Pignatelli Piguet Piha Pilařová Pilarski Pilát
Pilato Pilátová Pilch Pili Pilla Pillay Pillitteri Pimentel Piña Pinardi Pineda Pingpank Pinheiro Pinho Pini
Pinnock Pinon Pintea Pintér Pintilie Pintus Piórkowski Piotrowicz Pipitone Pippig Pircher Piredda Pires
Pirone Pirrello Pirrone Pirvu Pisani Pisano Pisarević Pischedda Pisciotta Piscitelli Piscopo Piškorjanac
Píšová Pisu Pithey Pitinac Pitschugin Pittalis Pittard Pittman Pitts Pitzalis Piva Pivar Pivetta Pivoňka
Pivoňková Piwowarczyk Pizzi Pizzimenti Pizzitola Pizzo Pizzuti Pješčić Pješivac Plaček Placento Plachá Plachý
Plačić Plačko Plačková Plakalović Plamenac Plantak Plaščar Plaskur Plass Platania Platzer Plauk Plautz
Plazonja Plazonjić Plch Plchová Plejo Plekanec Plekanecová Plemić Pleša Pleška Pleskonjić Pletsch Plomb
Płonka Plotzitzka Plšek Plšková Pluhař Pluhařová Pluta Poçan Pöche Pocrnja Podbarac Podgórski Podhradská
Podhradský Podkonická Podkonický Podniece Podnieks Podpadac Podzimek Podzimková Podziņa Podziņš Poehn Poels
Poeschl Pogačić Pöge Poggi Poggio Pogorzelski Pohland Pohle Pohlová Pokorná Pokorný Poláček Polách Poláchová
Poláčková Polák Poláková Polančec Polanco Polanská Polanský Polášek Polášková Polese Poletti Poliak Poliaková
Polidori Polifka Polimeno Polis Politi Polito Polívka Polívková Polizzi Pollard Pollich Pollina Pollmächer
Pollock Polšak Polverino Pompei Pompili Pompilio Ponce Ponitzsch Ponjavić Ponti Poole Poore Popa Popčić
Popelka Popelková Popescu Popławski Popovici Popržan Porcari Porębski Porgante Porgants Porras Porsche Porth
Portillo Portmann Posada Poschmann Pospíchal Pospíchalová Pospíšil Pospíšilová Poštić Postiglione Potgieter
Pothuvaal Potočar Pottel Potts Potůček Potůčková Pouros Pourová Powlowski Poyrazoğlu Požarac Pozzi Pozzo
Prabowo Prachař Prachařová Pradana Pradipta Prado Prah Prajapat Prakasa Prakatur Prangart Prange Pranowo
Prasasta Prášek Prasetya Prasetyo Prášková Prastuti Pratesi Praticò Pratiwi Pratt Prayoga Pražák Pražáková
Prchal Prchalová Prebiračević Preciado Preda Predić Prediger Predin Predojev Predojević Predovic Predragović
Preloščan Prempeh Prencipe Preočanin Prerad Preradović Pressler Prete Pretkalniņa Pretkalniņš Pretorius Preuk
Preuss Preziosi Přibyl Přibylová Pridāne Pridāns Priedīte Priedītis Priemer Příhoda Příhodová Přikryl
Přikrylová Principato Pringle Prinsen Prinsloo Prisco Privitera Prkosovački Probst Procházka Procházková
Procopio Procter Prodan Prohaska Proietti Prokeš Prokešová Prokop Prokopová Prosacco Prošek Prošić Proske
Prošková Protić Provazník Provazníková Provenzano Průcha Průchová Pruitt Prus Průša Průšová Przybył Przybyła
Przybysz Pšenička Pšeničková Ptáček Ptáčková Ptak PuačMatešić Puca Pucci Puccio Puchalski Puddu Pudjiastuti
Puente Puga Puggioni Pugh Pugliese Pugliesi Puglisi Puharić Puiu Puķīte Puķītis Puleo Pulido Pupák Pupáková
Purdy Purnama Purnawarman Purnawati Purwadi Purwanti Pury Pusch Puškarčuk Puspasari Puspita Putinčanin Putnik
Putniņa Putniņš Putra Putzolu Puzavac Puzigaća Pytel Qasımova Quaglia Quaranta Quarta Quartenoud Quartey
Queiroz Quesada Quevedo Quezada Quigley Quinodoz Quiñones Quiñónez Quinta Quintairos Quintanilla Quintero
Quinto Quiros Quiróz Quitzon Quliyev Raabe Rabenstein Rabić Rabljenović Raca Rach Rachmawati Racordon Rácová
Rácz Raczyński Rada Radebe Radecki Radigović Radijevac Radin Radinović Radisavčević Radisavić Radisavljević
Radišević Radivojac Radivojša Radl Rädler Radlović Radmanović Radoi Radomirović Radomski Radonja Radonjanin
Radonjić Radotić Radová Radovac Radovanac Radovanković Radovanlija Radovanov Radtke Radu Radulaški Radulescu
Radulić Radulj Raduljesković Raduljević Radulović Radušić Radusilović Radusinović Raduški Rael Rafailović
Raffa Rafidyev Rafidyeva Rago Ragone Rahardian Rahayu Rahimah Rahimov Rahimova Rahmawati Rahn Raich Raifyev
Raifyeva Raimondi Raimondo Rajabov Rajabova Rajasa Rajata Rajčević Rajs Rajšić Rajtek Rakanović Rakarić Rakas
Raková Raković Rakowski Rakušić Ralbovski Rallo Ramač Ramadan Ramadhani Rambaldi Rambousek Rambousková
Ramella Rampazzo Ramsey Ramziddinov Ramziddinova Rana Randall Randazzo Randolph Randunković Raneri Ranftl
Rangel Rangelov Rangen Ranieri Raniolo Räntsch Ranucci Ranz Rapisarda Raposo Rapovac Rapp Rapuano Raščanin
Rascón Rašetarević Rašetić Rašević Rashidov Rashidova Rasić Rasinac Raška Rašková Rašović Raspopović Raspudić
Rataj Ratajczak Ratajová Rath Ratke Ratkovčić Ratniece Ratnieks Ratti Raubuch Raufyev Raufyeva Raukuc Rauso
Rautenkranz Ravaioli Ravet Ravshanov Ravshanova Raxmatullohyev Raxmatullohyeva Raya Rayhan Raynor Razić Razo
Reale Recchia Rečević Redaelli Rees Reese Regalado Řeháček Řeháčková Řehák Řeháková Řehoř Řehořová Rehwagen
Reiber Reichardt Reichel Reichert Reichling Reif Reifenrath Reilly Reimann Reina Reinberg Reinelt Reinger
Reinke Reitze Remeš Remešová Remeta Rempel Renčar Renda Rendón Rendra Rendulić Renk Renna Renner Renovčević
Renovica Rens Rentería Rentz Renz Renzi Repac Repetto Repija Repiská Repiský Reppin Reséndez Resković Restivo
Restle Restorff Retzke Reuber Reumann Reuss Reusse Reymond Reyna Reynold Reynoso Řezáč Řezáčová Rezek Rezková
Řezníček Řezníčková Rəhimov Rəşidova Rheder Rhoden Ribar Ribaupierre RibićGreganić Rica Riccardi Riccio
Riccobono Richtr Richtrová Rico Ridolfi Riediger Riekmann Riekstiņa Riekstiņš Riepl Riermeier Riester
Riethmüller Rietman Rietmüller Rietscher Riggi Riggio Righetti Righi Rigoni Říha Říhová Rimai Riner Ringel
Riojas Riolo Riparbelli Ripken Rippin Ritosek Ritschel Ritsma Rittgasser Rittweg Ritz Rivero Riyanti
Rizvonyev Rizvonyeva Rizza Roba Robak Robbins Robel Roberson Roberti Robledo Rocca Rocchi Rochaix Rochat
Rockmeier Ročkomanović Rodarte Rodehau Rodgers Rodigari Rödiger Rodowski Rodrígez Rodríquez Roecker Røed
Rogahn Rogala Roggatz Rogolino Rogowski Rogulja Rohländer Rohrer Rojek Rojo Rokossa Roleder Rolfson Rollins
Rollo Roloff Rolón Romagnoli Romaguera Romančík Romančíková Romanelli Romaniello Romanini Romanovska
Romanovskis Romanowski Romčević Romo Rondinone Rondoni Rondović Roob Roque Rosado Rosales Rosandić Rosas
Rosati Rosbach Rosca Roschinsky Rosenauer Rosenbauer Rosenbaum Rosenthal Rošević Rosi Rosiak Rosiński Roškić
Rosksch Rossberg Rosselli Rosset Rossler Rosso Rossouw Rosu Rotaru Rothenbacher Rother Röthlisberger Rotolo
Rotondo Röttger Rotundo Roubal Roubalová Rougemont Roulin Rous Rousová Rovčanin Rowland Roybal Rožac Różański
Rozenbaha Rozenbahs Rozgić Rozīte Rozītis Rožkalne Rožkalns Rozsypal Rozsypalová Różycki Rubene Rubenis
Ruberto Rubino Rucco Ruch Ruciński Ruckdeschel Rücker Rudan Rüdiger Rudnicki Rudolfová Rudziński Rudzīte
Rudzītis Rudzki Ruecker Rüegg Ruelas Ruggeri Ruggieri Rumenić Rumpf Runce Runcis Runolfsdottir Runolfsson
Runte Ruotolo Rupprecht Rušanoski Rusciano Rusin Rusová Russel Rustamov Rustamova Rusu Rüter Rutherford
Rüttimann Růžek Růžička Růžičková Růžková Ryba Rybář Rybarczyk Rybárik Rybáriková Rybářová Rybicki Rybníček
Rybníčeková Rybová Rýdl Rýdlová Ryjikh Ryšavá Ryšavý Ryzih Rzepka Sa’dullohyev Sa’dullohyeva Saadiyev
Saadiyeva Saavedra Saba Sabatini Sabatino Sabato Sabau Sabbatini Sabdat Sabia Sabian Sabino Sabljak Sabolčec
Sabolski Sacchet Sacchetti Sacchi Saccone Sachse Sadiki Sadílek Sadílková Sadıklar Šadl Sadović Sadriddinov
Sadriddinova Sadžak Saefullah Šafář Šafarić Šafařík Šafaříková Šafářová Safiryev Safiryeva Safitri Saflanis
Safo Safoyev Safoyeva Šafránek Šafránková Sagadi Sagafe Šagodić Sagonas Saheed Sahner Saia Saidov Saidova
Saile Sailer Saini Saiz Šajinović Šajtoš Šakanović Saladino Salahudin Salako Salamone Salatiello Salcedo
Salcido Saldaña Saldivar Šálek Salemi Salemme Salgado Salierno Salinas Salis Šálková Salmiņa Salmiņš Salohov
Salohova Salomone Salow Salsabilla Salvadori Salvati Salvatori Salvi Salvucci Salzano Salzer Salzmann Samancı
Samandarov Samandarova Samaniego Samek Sámel Sámelová Samiryev Samiryeva Samková Sammartano Sammartino
Sammert Samohod Samohodaj Samolov Samolovac Samosir Sampson Šamšalović Samson Samsonová Sanabria Sanadrović
Sanches Šanda Sandalcı Sandalj Sandić Sando Sándor Šandová Sandoz Sandu Sanfilippo Sanford Sannino Sansone
Santacruz Santamaria Santangelo Santarelli Santarossa Santarsia Santarsiero Santi Santillán Santilli
Santinelli Santo Santoni Šantor Santori Santucci Sanusi Sapienza Saponaro Saporito Saptono Saputri Sarabia
Saracino Saragih Saraiva Saraswati Sarbu Sardella Sardina Sardorov Sardorova Šargač Šarić Sarıoğlu Sárközi
Sarnataro Sarpong Sarti Sartor Šaruga Sarvari Sarvarov Sarvarova Šašek Šašková Sassano Sassi Sasso Satner
Satria Satta Sattelmaier Satterfield Sauceda Saucedo Sauerland Sauliete Saulietis Saumweber Saussure Sava
Savary Savevski Savini Savoca Savoia Savu Sawayn Saygıner Sbrana Scaglione Scala Scalia Scalise Scalzo Scano
Scanu Scarano Scardino Scarpa Scarpellini Schacht Schaden Schaefer Schaffarzik Schäffel Schäffer Schahbasian
Schaller Schamberger Schäning Schär Schärer Scharf Schaub Schedler Scheer Scheidegger Schejbal Schejbalová
Schelk Schellenbeck Schembera Scherbarth Scherer Scherini Schermann Scherrer Schersing Scherz Schettino
Scheurer Scheuring Scheytt Schiavi Schiavo Schiavon Schiavone Schielke Schieskow Schifano Schildhauer
Schillaci Schiller Schima Schimmel Schimmer Schindzielorz Schinner Schirmer Schirrmeister Schirru Schlachter
Schlangen Schlatter Schlawitz Schlechtweg Schley Schlicht Schlitzer Schmalzle Schmeler Schmidtchen Schmidtová
Schmuhl Schneidrová Schnelting Schnider Schnieder Schniedermeier Schnürer Schnyder Schoberg Schoch Schöckel
Schoeman Schoen Scholtz Schönball Schönbeck Schonberg Schondelmaier Schönebeck Schönenberger Schönfeld
Schönherr Schönlebe Schorderet Schorr Schott Schottmann Schötz Schouren Schowalter Schrader Schramm Schreck
Schreiner Schreiter Schrepfer Schroeder Schuermann Schuff Schuhaj Schuldt Schüler Schulist Schult Schultze
Schumm Schupp Schuppe Schüppel Schürch Schuri Schutzbach Schütze Schwalm Schwanbeck Schwandke Schwanitz
Schwarthoff Schwartz Schwarzer Schwarzkopf Schwarzmeier Schwarzová Schwatlo Schweisfurth Schweitz Schweizer
Schwennen Schwerdtner Schwidde Schwirkschlies Schwizgebel Schwuchow Sciacca Scocco Scognamiglio Scopece
Scorza Scotti Scrofani Scuderi Sebastiani Šebek Šebela Šebelová Šebesta Šebestová Šebková Secchi Secci Sechi
Sedarević Sedillo Šedivá Šedivý Sedláček Sedláčková Sedlák Sedláková Sedlář Sedlářová Sedliak Sedliaková
Šedová Seeger Seelig Šegavčić Šegota Segunmaru Sehls Sehnal Sehnalová Seibold Seiders Seidl Seidlová Seifert
Seifertová Seigel Seiler Seitz Sējēja Sējējs Sekanina Sekaninová Sekinat Šekularac Seme Semerád Semerádová
Semeraro Semisch Semprini Senatore Senger Šenica Šenk Senkel Senko Šenková Senn Senzangakhona Sepe Sepetçi
Sepúlveda Serafin Serafino Serban Serfontein Sergi Serna Serpa Serr Serrato Seržante Seržants Sessa Šesta
Šesták Šestáková Sestito Sethi Šetula Ševčík Ševčíková Severa Severi Severino Severová Sevi Sewald Seyidova
Sezek Sforza Shaffer Shahbozov Shahbozova Shahobiddinov Shahobiddinova Shahriyorov Shahriyorova Shahzodov
Shahzodova Shamsiddinov Shamsiddinova Shanahan Shannon Shekoni Shelton Shepard Sheppard Sherman Sherzodov
Sherzodova Shezi Shodiyorov Shodiyorova Shohibov Shohibova Shongwe Shukla Shukrulloh Shukrulloha Sibiya
Siciliano Sidler Šidlo Šidlová Siebel Siebert Siedlecki Siegling Siegrist Sielemann Siemon Siener Sienkiewicz
Sieradzki Sietniece Sietnieks Sievers Siewert Signorelli Signorile Signorini Sigrist Sihler Sihombing
Sihotang Siino Šiketanc Sikorová Sīle Šileiko Silenzi Šilhavá Šilhavý Siliņa Siliņš Sīlis Sillah Silvestrini
Silvestro Šíma Šimáček Šimáčková Šimák Šimáková Šimánek Simanjuntak Šimánková Šimatić Simbolon Šimčík
Šimčíková Šimeček Šimečková Šimek Simeoli Simeone Simeoni Simeti Simić Simićević ŠimićŠebalj Simijonović
Simin Simion Simionescu Simjanović Šimková Šimlješa Simmen Simões Simojlović Simoncelli Simonet Simonetti
Simoni Simonini Simonis Šimonová Šimonovič Šimonovičová Šímová Simula Simulov Šimůnek Šimůnková Simunović
Simurdić Sinaga Sinanoğlu Sinclair Šindelář Šindelářová Šindler Šindlerová Sinha Sini Sinnhuber Sinopoli
Šípek Sipes Šípková Sipos Šípová Šiptar Siragusa Sirait Šīrante Šīrants Sirbu Sirojiddinov Sirojiddinova
Široká Široký Šírová Širovs Sischka Šiška Šišková Sisneros Sitarić Sitek Sithuli Sitompul Sitorus Situmorang
Sivák Siváková Siwek Siwele Siyaya Skácel Skácelová Skala Skalická Skalický Skalová Skalski Skandović
Skeledžija Skenderija Skiba Skibicki Skibiński Skiles Sklenář Sklenářová Sklenka Sklenková Skoczylas Škoda
Škodová Skoglund Skokan Skokanová Skopal Skopalová Skóra Skořepa Skořepová Skorupan Skowron Skowronek
Skowroński Škrabal Škrabalová Skračić Škriniar Škriniarová Skřivánek Skřivánková Skroban Skrzypczak Skrzypek
Skudra Škultéty Škultétyová Skutecká Skutecký Skuterud Slabá Slabý Sladaković Sládek Sladić Sladká Sládková
Sladký Sladoje Sladojević Sladović Sláma Slamarski Slamek Slámová Slanina Slaninová Slankamenac Slašťan
Slašťanová Slatinac Slavíček Slavíčková Slavík Slavíková Slavković Sławiński Šlechta Šlechtová Slezák
Slezáková Slijepac Slijepčević Śliwa Śliwiński Sloan Sloboda Slobođanac Slobodanović Slobodjanac Slobodník
Slobodníková Slobodová Slonja Slota Slotová Slotta Slováček Slováčková Slovák Slováková Słowik Słowiński
Sluka Sluková Ślusarczyk Smaić Smailbegović Šmajda Šmajdová Smajlović Smedsrud Smejkal Smejkalová Smékal
Smékalová Šmerda Šmerdová Smet Smetana Smetanová Smets Šmíd Šmídová Smieja Smiljan Smiljanec Smitham Šmitran
Smogeli Smola Smolík Smolíková Smoliński Smoljanec Smoljanić Smolka Smolková Smolová Šmrčak Smrčka Smrčková
Smrek Smreková Smrž Smržová Smuģe Smuģis Smutná Smutný Smyth Šnajdr Šnajdrová Snedden Snell Snooke Snyman
Soare Šobar Sobek Sobieraj Sobitov Sobitova Sobková Sobolewski Soboll Šobota Sobotka Sobotková Sobowale
Soccorsi Socha Sochacki Sochor Sochorová Sodano Sodar Sodiqov Sodiqova Sojka Sojková Sokhela Sokol
SokolićMihalak Solak Solano Šolc Šolcová Soldati Solga Solinas Solís Soliz Soller Sollner Solmaz Solomon
Solorio Solorzano Šolta Soltanov Soltanova Šoltés Šoltésová Sołtys Sołtysiak Šoltýsová Somayaji Sommrová
Šomođvarac Somogyi Somrak Somssich Sondisa Sondore Sondors Sonn Sonnabend Soós Sorbello Sorce Šorgić Sørlie
Šormaz Soro Šorša Sosāre Sosārs Sosnowski Šostarec Šostarko Sotelo Sothole Šotić Šotra Sottile Souček
Součková Soukup Soukupová Soutter Sova Sovová Sowa Sowiński Soyinka Sözeri Špaček Spáčil Spáčilová Špačková
Spada Spadafora Spadaro Spadoni Spagnolo Spagnuolo Spahn Spano Spanu Sparacino Sparić Spasenić Spasenović
Spasić Spasković Spasojev Spasojević Spataro Spelmeyer Spence Speranza Špernjak Špička Špičková Spiegelburg
Spielvogel Spiga Spinelli Spinka Špiranec Spitzmüller Spizzirri Šplíchal Šplíchalová Spoerri ŠpoljarićPerhat
Sporer Sporrer Spörri Spöttel Sprenger Sproģe Sproģis Sprūde Sprunger Spurná Spurný Srakić Šrámek Šrámková
Srbová Sroka Stabile Stachowiak Stachowicz Stachura Stachurski Stadelmann Staffieri Stafford Staicu Štajhofer
Stalder Stamm Štampf Stan Stanciu Stancu Staněk Stanescu Stang Stanger Štangl Stanijanović Stanijević
Stanikić Staniša Stanisławski Staniszewski Stanivuković Stankiewicz Staňková StankovićMarton Stanley Stanton
Stanzione Stapić Stará StarčevićMatijaško Stárek Stárková Starovlah Starý Stašćik Stasiak Štasni Šťastná
Šťastný Staszewski Staub Stauffer Stauss Stawicki Stec Steding Steenkamp Štefančić Stefanescu Stefani
Stefaniak Štefanka Štefanková Štefanová Stefański Štefek Steffny Štefková Štefl Šteflová Stegmann Stehlík
Stehlíková Stehr Steidl Steigauf Steiger Šteina Steinecke Steiner Steinerová Steinert Steinkamp Steinmann
Steinmetz Stejskal Stejskalová Stelkens Stelmach Stengel Stengl Stenzel Štěpán Štěpánek Stepanić Štěpánková
Štěpánová Stepanović Stephan Stephenson Stępniak Štěrba Štěrbová Stettler Steuber Steuk Stevelić Stevenson
Stevilović Steyn Stibor Stiborová Stiedemann Stief Stifel Stigliano Štimac Stocker Stöckert Stöckli Stodola
Stodolová Stoian Stoica Stokanović Stoklasa Stoklasová Stolarczyk Stolarski Stoll Stolla Stolle Stoltenberg
Stolz Stöppler Storl Storp Storti Stoutjesdijk Stöwer Stracke Straka Straková Strano Stránská Stranski
Stránský Stratmann Straub Strausa Strauss Strautiņa Strautiņš Strautmane Strautmanis Strazdiņa Strazdiņš
Streck Streese Strege Streich Streit Strejček Strejčková Streller Strepački Strickland Strieder Striezel
Štriga Strikinac Strmota Strnad Strnadová Strnisko Strnisková Stroe Strogies Strohschank Stroman Strosin
Strouhal Strouhalová Strunz Strutz Strydon Strzelczyk Strzelecki Stube Stubičan Stuchlík Stuchlíková Stucki
Studená Studený Studer Studnička Studničková Stuparić Stupka Stupková Stürmer Stutz Styger Suartini Šubrt
Šubrtová Sucameli Sucera Sučević Suchá Suchánek Suchánková Suchomel Suchomelová Suchý Suciu Sudiati Suđić
Sudrajat Suffa Suhrobov Suhrobova Šujdović Sujew Šukalo Šukalović Šukara Suková Sukute Sukuts Sulaimon
Sulaymonov Sulaymonova Šulc Šulcová Süleymanoğlu Šulovnjak Sultonov Sultonova Šuman Sunarić Šundalić Superina
Supriyanto Surace Suriano Šurka Šurková Surma Sürth Suryatmi Suryono Suša Sušac Šušak Susanti Suski Sussmann
Šustr Šustrová Šutaković Šutanovac Suter Sutermeister Suthar Suthe Sutschet Sutter Sutz Suvačarov Suvajac
Suvajčević Suvajdžić Suvala Suwarno Suzović Šváb Švábová Svačina Svačinová Švanda Švandová Švarc Švarcová
Svatoň Svatoňová Svatoš Svatošová Švec Švecová Švehla Švehlová Švejda Švejdová Švestka Švestková Světlík
Světlíková Svirčev Sviták Svitáková Svoboda Svobodová Svorcan Svozil Svozilová Svrakačić Svrbík Svrbíková
Svrtan Swaniawski Swanson Swart Sweeney Świątek Świderski Świerczyński Swillims Syahreza Sýkora Sýkorová
Sylvester Symcox Synek Synková Syrová Syrový Szabó Szafrański Szalai Szasz Szatkowski Szczepanik Szczerba
Szczęsna Szcześniak Szczęsny Szczygieł Székely Szekeres Szeląg Szendrei Szikra Szilágyi Szőke Szostak Szücs
Szwarc Szwed Szydłowski Szymczak Szymczyk Szymkowiak Szyszka Tabaček Táborská Táborský Tabrisov Tabrisova
Tacconi Tächl Taddei Tafelmeier Tafoya Tagliabue Tagliaferri Tagore Tahincioğlu Tahirova Tahirović Taiwo
Takács Takalić Takyi Talapka Talarico Talavanić Tālberga Tālbergs Tallarico Tallone Talwar Tamás Tamayo Tamba
Tamburini Tamez Tamindžić Tammaro Tampolja Tampubolon Tamunoemi Tanacković Tanase Tanasijević Tancoš
Tancošová Tandon Tanjga Tankosić Tanrıkulu Tanurdžić Tanzi Taormina Tapavica Tapavički Tapia Tarantino
Tarihoran Tarnowski Tarquini Tartamella Tasche Taşçı Taslak Taşlı Tassi Tassinari Tasso Tassone Tatar
Tataranni Tatarka Tatárkaová Tatarková Tatarová Tataru Tate Tatomirov Taufratshofer Tavani Tavares Tawia
Tazegül Tedde Tedeschi Tegethof Teicāne Teicāns Teichmann Tejada Tejeda Tekand Tekelioğlu Telak Telebar
Telenta Telesca Tella Téllez Tello Temitope Teodorescu Teofilović Teokarević Teovanović Tepavac Tepavčević
Tepić Teplá Teplý Tepper Tepša Tepšić Terán Terenzi Teresi Terheiden Terlecki Terlizzi Terlouw Termine
Terrazas Terrell Terzi Terzić Terzija Terzin Terzo Tešanović Tesař Tesařová Tesi Tesla Teufel Tevdenić
Thamrin Theele Theron Theunissen Thieke Thiel Thimm Thiomas Thomka Thomková Thommen Thöne Thornton Thoyana
Thränhardt Thriene Thumbeza Thusi Thust Thyssen Tiano Tiberti Tica Tichá Tichý Tidow Tiedtke Tietze
Tihomirović Tijanić Tijerina Tikas Tilgner Tillack Tillman Tilotta Tiltiņa Tiltiņš Timarić Timmermann Timotić
Tinguely Tintor Tiozzo Tirado Tīrele Tīrelis Tirelli Tirri Tischler Tischmann Tissot Tittman Tivontschik
Tkaczyk Toader Többen Tobler Todaro Todd Tofani Tohirov Tohirova Tojić Tokarski Tokatlıoğlu Tokgöz Toldo
Tolomeo Tolu Tolulope Toma Tomala Toman Tománek Tománková Tomanová Tomanović Tomášek Tomaselli Tomasello
TomaševićRigo Tomasi Tomášková Tomášová Tomasović Tomassoni Tomazović Tomčić Tomczyk Tomeček Tomečeková
Tomečková Tomei Tomek Tomescu Tomešová Tomka Tomko Tomková Tomljanović Tommasi Tomović Tomušilović Tomys
Tonat Tončić Tonelli Tonini Tonkovac Tonn Topaloğlu Topalov Topalović Topalski Topçuoğlu Töpfer Topisirović
Topolovac Topolović Toraman Torchia Torchio Tornatore Toro Török Torphy Torre Torresi Tórrez Torri Torriani
Torrisi Tortora Tortorici Toscano Totaro Tóth Tóthová Toti Totman Toto Tovar Towne Toyipov Toyipova Tracz
Traini Tralli Trampeli Tramposch Trandafir Tranová Trantow Trauth Trautmann Travaglini Travan Traverso
Travica Travis Trávníček Trávníčková Trčka Trčková Treff Trejo Tremblay Tremmel Treskavica Tretinjak Tretola
Treutel Treviño Trevisan Tribuljak Trif Trifan Trikić Trikošanin Triolo Tripodi Tříska Třísková Trivedi
Trivkanović Trnka Trnková Troisi Trojan Trojanová Trojanowski Trombetta Trovato Trtica Truben Trubenová
Truhlář Truhlářová Trujillo Truter Trzciński Trzeciak Tsabalala Tsamonikian Tschiers Tschirch Tschudi
Tshabalala Tsotetsi Tubanski Tuča Tucci Tuccillo Tuček Tuch Tucholke Tuckett Tučková Tučs Tudor Tudorache
Tudose Tudow Tufano Tufo Tuğlu Tuğluk Tulla Tůma Tumbarello Tumino Tůmová Tunaboylu Tunçeri Tunkova Turajlić
Turchi Turco Turčok Turčoková Turcotte Turcu Tureček Turečková Turek Türkdoğan Turková Türkyılmaz Turnadžić
Turza Tuschmo Tustonja Tütüncü Tüzün Tvrdá Tvrdík Tvrdíková Tvrdý Twardowski Tweneboa Twumasi Ubavić Ubavin
Ubavkić Ubaydullohyev Ubaydullohyeva Überacker Ubiparip Ubiparipović Ubner Ubović Uchechi Uchqunov Uchqunova
Udicki Udilović Udovčić Udovičić Udovički Ūdre Ūdris Udvardi Ugarak Uglješić Ugolini Ugrčić Ugričić Uher
Uhlemann Uhlig Uhlíř Uhlířová Uhrig Uhrová Uibel Ukraden Ulemek Ulibarri Uliczka Ullmann Ulloa Ulrich
Ulrichová Uluhan Umarov Umarova Umbach Umidullohyev Umidullohyeva Umidyev Umidyeva Umlauft Umminger Umolac
Underwood Unger Ungureanu Unterpaintner Upton Uram Uramová Urbancová Urbańczyk Urbanec Urbánek Urbaniak
Urbánková Urbano Urbanová Urbanowicz Urbański Urbansky Urbina Urblík Urblíková Ureña Urfonov Urfonova Urhig
Urías Uribe Urrutia Urso Ursu Usada Usai Usamah Usmonov Usmonova Utama Utami Utješanović Uwais Uyainah
Uzayrov Uzayrova Uzelac Vaca Vacca Vaccari Vacek Vácha Váchová Vāciete Vācietis Vacková Václavek Václavík
Václavíková Václavková Vaculík Vaculíková Vadlja Vaduva Vafoyev Vafoyeva Vágner Vágnerová Vahala Vahlensieck
Vailati Vaip Vaivade Vaivads Vajcík Vajcíková Vajda Vajdička Vajdová Vajzenbach Vakareskov Vala Valach
Valachová Valachovič Valachovičová Valadez Valášek Valášková Valdés Valdez Valdivia Válek ValenčićBrkić
Valent Valenta Valenti Valentino Valentová Valenza Valenzuela Valeri Valešová Valić Válková Valladares
Vallejo Valles Vallet Valletta Valli Vallone Valová Valsecchi Valtere Valters Valuška Valušková Valverde Váňa
Vanaga Vanags Vance Vančura Vančurová Vandamme Vandenberghe Vandenbroeck Vandervort Vandevelde Vaněček
Vaněčková Vanegas Vaněk Vaneková Vang Vangermain Vaníček Vaníčková Vaňková Vanni Vannini Váňová Váradi
Varenina Varga Vargová Varićak Varinac Varma Varman Varmuža Varnica Varriale Varrier Varšava Varzić
VaržićBiuklia VaržićBiuklija Vašadi Vašák Vašáková Vascotto Vašek Vašíček Vašíčková Vasile Vasilescu Vasiliu
Vasils Vaška Vašková Vass Vassallo Vater Vaughn Vávra Vavřík Vavrikov Vavříková Vávrová Vecchi Večeřa
Večeřová Vecumniece Vecumnieks Vedvik Vegar Vegge Veiga Veinberga Veinbergs Veisa Veiss Vejnović Vejvoda
Vejvodová Vekecki Vekić Vela Velaja Velanac Velásquez Velázquez Veldsman Vélez Velioğlu Véliz Vella Venegas
Venghaus Venter Ventimiglia Ventura Venturelli Venturini Vercesi Verde Verdugo Verduzco Veres Vergara
Verhaeghe Verme Verner Vernerová Verniest Veronese Versfeld Verstraete Verzi Vesel Veselá VeselicaČatipović
Veseličić Veselová Veselý Vesić Vesin Vesković Veum Veverka Veverková Vezi Vezmar Vezzoli Vəliyev Vəsiyeva
Viale Vicari Vicen Vicenová Vícha Vichi Víchová Vicinanza Vicini Vidaček Viderščak Vidranjski Viellehner
Viera Vierin Vieweg Vilakazi Vilímek Vilímková Viljoen Vilka Vilks Villagómez Villalobos Villalpando Villani
Villareal Villari Villarreal Villaseñor Villegas Vilsone Vilsons Viļuma Viļums Vincenzi Vinci Vincze Vinketa
Vinš Vinšová Vintere Vinters Vintila Violante Violi Virág Virgilio Visagie Visan Visani Viscò Visconti Víšek
Višekruna Visentin Visintin Víšková Višňovská Višňovský Vita Vitásek Vitásková Vítek Viti Vitiello Vītiņa
Vītiņš Vítková Vitman Vītola Vītoliņa Vītoliņš Vītols Vítová Vittori Vītuma Vītums Viviani Viviers Vizziello
Vlach Vlachová Vlad Vlah Vlasák Vlasáková Vlašić Vlček Vlčková Vlková Vobořil Vobořilová Vodák Vodáková
Vodička Vodičková Vodrážka Vodrážková Voelkel Vogelgsang VogronićOpačić Voicu Voinea Vojáček Vojáčková Vojta
Vojtěch Vojtěchová Vojtek Vojteková Vojtíšek Vojtíšková Vojtková Vojtová Vokoun Vokounová Vokuhl Volek Volf
Volfová Volk Volkman Volkmann Volle Vollis Volná Volný Volpe Volpi Vona Vondra Vondráček Vondráčková Vondrák
Vondráková Vondrová VonRueden Vontein Voráček Voráčková Vorel Voříšek Voříšková Vorlíček Vorlíčková Vorlová
Vörös Vosilyev Vosilyeva Vosloo Votava Votavová Votruba Votrubová Vrabcová Vrabec Vračar Vračarević Vrána
Vranjić VranjkovićĆenan Vránová Vrba Vrbanac Vrbas Vrbaslija Vrbová Vrekalović Vrugić Vrzal Vrzalová Vučeta
Vučetić Vučevac Vučkovac Vučković Vučo Vučurević Vuillermoz Vujaković Vujeva Vukadin Vukaljević Vukalović
Vukanović Vukašinac Vukasović Vukčević Vukelić Vukelja Vukeljić Vukobradović Vukobrat Vukša VuksanićPuljek
Vuksanović Vukšić Vulčević Vuleta Vuletaš Vuletin Vulić Vulićević Vulišić Vulović Vunak Vunjak Vunturišević
Vương Vybíral Vybíralová Vydarená Vydarený Vydra Vydrová Vymazal Vymazalová Vyskočil Vyskočilová Vysloužil
Vysloužilová Wacana Wachenbrunner Wachtel Waelchi Wagenaar Wagnerová Wahyudin Wahyuni Waibel Wakan Walder
Waldmann Walkowiak Waller Wallner Wallstab Walters Waltrová Waluyo Walz Warchoł Wardana Warner Wartenberg
Waschbüsch Wasiak Wąsik Wasilewski Wasita Wasiu Waskita Wąsowski Wasser Wassilew Wassiluk Wastuti Watkins
Watsica Wdowiak Webrová Wegmann Węgrzyn Wehner Wehrle Wehrli Wehrsen Weibel Weidlich Weidner Weigel Weiler
Weimann Weimer Weinand Weissnat Weissová Weller Welsch Welti Welz Welzel Wenger Weniger Wenk Wentzel Werle
Werrmann Wershansky Wertag Wesołowski Wessels Wessinghage Wettstein Weyel Wezel Whitaker Whitney Wiącek Wiafe
Wibisono Wibowo Wicaksono Wichmann Wickert Widiastuti Widmer Widodo Wiebe Więcek Wiechmann Więckowski Wiegand
Wiegelmann Wierig Wierzbicki Wiese Wieser Wiggins Wijayanti Wilcox Wilczek Wilderman Wiley Wilkerson Wilkins
Wilky Williamson Willms Willoughby Willwacher Wimmer Winarno Winarsih Windler Winiarski Winklerová Wintheiser
Wirth Wirz Wischek Wischer Wisoky Wisozk Wissing Witczak Witek Wittich Wittl Wiza Włodarski Wnuk Wójcicki
Wojtas Wojtasik Wojtczak Wojtkowiak Wójtowicz Wolak Wolfarth Wolfe Wolfová Woliński Wollenberg Wollmann
Wolmerans Wolny Wölpert Wolski Woodard Woodward Wöschler Wosiyane Woytkowska Wrona Wroński Wuckert Wühn Wujak
Wulandari Wunsch Wünsche Wuraola Wurm Wüthrich Wyludda Wyman Wypych Wyss Wyszyński Xaba Xacon Xana Xenia
Xəlilov Xiana Xicoy Xiong Yaamoa Yago Yahyoyev Yahyoyeva Yalçın Yami Yanes Yáñez Yanuar Yaqub Yawson Yazıcı
Ybarra Yeboa Yeboah Yebra Yengwa Yeşilkaya Yetkiner Yirenkyi Yıldızoğlu Yılmazer Yoder Yoqubov Yoqubova
Yorbekov Yorbekova Yorulmaz Yost Yoznurov Yoznurova Yudhistira Yulianti Yulianto Yuliarti Yundt Yuniar Yunta
Yunusov Yunusova Yussuf Yusufyev Yusufyeva Zabaleta Zabirov Zabirova Zabłocki Zaborowski Záborská Záborský
Zábranská Zábranský Zabrdac Zaccaria Zaccaro Žáček Zach Zachová Žáčková Zaczkiewicz Zadnik Zadravec Zadrić
Zafarov Zafarova Žagarac Zagaria Zago Zagoršek Zagórski Zaharia Zahn Zahrádka Zahrádková Zahradník
Zahradníková Zahrah Zaituc Zajacová Zajączkowski Zajíc Zajíček Zajíčková Zajícová Žáková Žalako Zalar Zálešák
Zálešáková Zālīte Zālītis Zamarreno Zamarripa Zambon Zamboni Zambrana Zambrano Zambuto Zámečník Zámečníková
Zamfir Zampieri Zamudio Zanatta Zandt Zanelli Zanetta Zani Zanner Zanon Zanotti Zapalac Zapata Zapletal
Zapletalová Zappacosta Zappalà Zappia Zarate Zaręba Zaremba Zariņa Zariņš Žarković Záruba Zárubová Zarzycki
Zatloukal Zatloukalová Zauber Zavadil Zavadilová Zavala Zavřel Zavřelová Zawada Zayas Zaydov Zaydova
Zayniddinov Zayniddinova Zbinden Zbodulja Zboncak Zbořil Zbořilová Žďárská Žďárský Zdelar Zdenčan Zdravčević
Zdražil Zdražilová Zdunek Zebić Żebrowski Zedda Zedník Zedníková Zehnder Zeidler Zeidmane Zeidmanis Zejak
Zekan Zekl Zelaya Zelená Zelenka Zelenková Zelený Zelinka Zelinková Zeltiņa Zeltiņš Zeman Zemánek Zemánková
Zemanová Zemlak Žemlička Žemličková Zender Zeni Zennaro Zepeda Žerajić Žeravica Zeuch Zeyen Zeyhle Zezula
Zezulová Žgela Žgrabljić Zībere Zībers Žídek Žídková Zięba Zielonka Ziemann Zieme Ziemele Ziemelis Ziętek
Žiga Žigová Zijan Zíka Zikmund Zikmundová Zíková Zima Zimanyi Zimka Zimková Zimmerman Zimonja Zimonjić Zimová
Zinaić Zinajić Zindović Zingaretti Zingg Zinser Zintl Žipac Zipalović Zipančić Zipp Zipse Ziramov Zirojević
Žirović Živadinović Živak Živaljević Živanac Živanović ŽivićĆojbašić Ziyoyev Ziyoyeva Žižanović Žižka Žižková
Zlámal Zlámalová Zlatanović Žmegač Żmuda Zohidov Zohidova Zohirov Zohirova Zollinger Zollo Zondi Zondo Zordan
Zorica Zotti Zoubek Zoubková Zouhar Zouharová Zrna Zschunke Zubak Zubane Zubayrov Zubayrova Zuber Zúbrik
Zúbriková Zucca Zuiderveld Żukowski Zulaika Zulauf Zuliani ŽuljevićGrafina Zulkarnain Zullo Zulu Zuma Zumbo
Zümsande Zunda Zungu Zúñiga Zunino Żurawski Zürcher Žůrek Žůrková Zvaigzne Zvanić Zvejniece Zvejnieks Zvěřina
Zvěřinová Zviedre Zviedrs Zvinele Zvinelis Zvonar Zwane Zwiener Zwoliński Zych Żyła Αβραμίδης Αγγελίδης
Αγγελίδου Αγγελόπουλος Αγγελοπούλου Αθανασιάδης Αθανασίου Ακρίδας Αλαβάνος Αλαφούζος Αλεβιζόπουλος Αλεβίζος
Αλεξάκης Αλεξανδρίδης Αλεξάνδρου Αλεξιάδης Αλεξίου Αλεξόπουλος Αλιβιζάτος Αναγνωστάκης Αναγνώστου
Αναστασιάδης Ανδρεάδης Ανδρέου Αντωνιάδης Αντωνόπουλος Αντωνοπούλου Αξιώτης Αποστολίδης Αποστόλου Αρβανίτης
Αργυριάδης Ασπάσιος Αυγερινός Βαμβακάς Βάμβας Βαρνακιώτης Βαρουξής Βασιλειάδης Βασιλείου Βασιλικός
Βασιλόπουλος Βενιζέλος Βέργας Βικελίδης Βιλαέτης Βιτάλη Βιτάλης Βλαβιανός Βλαστός Βλαχόπουλος Βονόρτας
Βουγιουκλάκης Βούλγαρης Βουρδουμπάς Βυζάντιος Γαλάνη Γαλάνης Γεννάδιος Γερμανός Γερμανού Γεωργιάδης Γεωργίου
Γιάγκος Γιαννακόπουλος Γιάνναρης Γιαννόπουλος Γκόφας Γλυκύς Γούναρης Γούσιος Δάβης Δαγκλής Δαμασκηνός
Δασκαλόπουλος Δασκαλοπούλου Δελή Δεσποτόπουλος Δημαράς Δημητρακόπουλος Δημητρίου Διαμαντόπουλος Διδασκάλου
Δοξαράς Δουμπιώτης Δουρέντης Δραγούμης Δράκος Δυοβουνιώτης Ελευθεριάδης Ελευθερίου Ελευθερόπουλος Ευταξίας
Ζαΐμης Ζάνος Ζάππας Ζάρκος Ζαφειρόπουλος Ζαχαρίου Ζάχος Ζέρβας Ζερβός Ζυγομαλάς Ζωγράφος Ζωγράφου Ηλιόπουλος
Θεοδοσίου Θεοδωρίδης Θεοτόκης Ιωαννίδης Ιωάννου Καζαντζής Κακριδής Καλαμογδάρτης Καλάρης Καλλιγάς Καλογιάννης
Καλύβας Κανακάρης-Ρούφος Καραβίας Καραμανλής Καραμήτσος Καρράς Κασιδιάρης Καψής Κεδίκογλου Κολιάτσος Κομνηνός
Κοντολέων Κοντόσταυλος Κόρακας Κορνάρος Κορομηλάς Κορωναίος Κοσμόπουλος Κοτζιάς Κουβέλης Κούνδουρος
Κουντουριώτης Κουρμούλης Κουταλιανός Κρεστενίτης Κυπραίος Κωνσταντίνου Κωνσταντόπουλος Λαγός Λαιμός Λαμέρας
Λαμπρόπουλος Λειβαδάς Λιακόπουλος Λιάπης Λόντος Λούλης Λούπης Λύκος Λύτρας Μαγγίνας Μάγκας Μακρή Μακρής
Μαλαξός Μανιάκης Μανωλάς Μαρής Μαρκόπουλος Μαυρίδης Μαυρογένης Μελετόπουλος Μέλιοι Μεσσηνέζης Μεταξάς Μήτζου
Μητσοτάκης Μιαούλης Μιχαηλίδης Μιχαλολιάκος Μοσχοβάκης Μπλέτσας Μπότσαρης Μπουκουβαλαίοι Νικολαΐδης Νικολάκος
Οικονόμου Ουζουνίδης Πανταζής Παπαγεωργίου Παπάγος Παπαδάκης Παπαδόπουλος Παπάζογλου Παπαϊωάννου
Παπακωνσταντίνου Παπακώστας Παπανδρέου Παπανικολάου Παπαντωνίου Παπαστεφάνου Παπαφιλίππου Παππάς Абаџиев
Абаџиева Абова Абрамов Абрамова Авдеев Авдеева Аврамов Аврамова Аврамовска Аврамовски Аврамчев Аврамчева
Агафонов Агафонова Ајановска Ајановски Аксенов Аксенова Александров Александрова Алексеев Алексеева Алексиев
Алексиева Алексов Алексова Алексовска Алексовски Ангеловска Ангеловски Андов Андова Андонов Андонова
Андоновска Андоновски Андреев Андреева Андреевска Андреевски Андрухович Анисимов Анисимова Антонов Антонова
Анчевска Анчевски Апостолов Апостолова Апостолска Апостолски Арсов Арсова Арсовска Арсовски Артемьев
Артемьева Архипов Архипова Атанасов Атанасова Атанасовска Атанасовски Атков Аткова Афанасьев Афанасьева Ацев
Ацева Ацевска Ацевски Аџимитревска Аџимитревски Бабамовска Бабамовски Бабунска Бабунски Бабух Бавтировска
Бавтировски Бајалска Бајалски Бакевска Бакевски Балабан Балабанов Балабанова Балабух Балабуха Балакун
Балицька Балицький Бамбула Бандера Баранов Баранова Барановська Барановський Басаровска Басаровски Бачей
Бачовска Бачовски Башук Беличанец Белковска Белковски Белов Белова Беловска Беловски Белогаска Белогаски
Белозеров Белозерова Белоусов Белоусова Белчев Белчева Беляев Беляева Беляков Белякова Бендевска Бендевски
Бердник Беспалов Беспалова Билбиловска Билбиловски Билјановска Билјановски Бирюков Бирюкова Бислимовска
Бислимовски Битовска Битовски Білич Блажевска Блажевски Близнаков Близнакова Блинов Блинова Блохин Блохина
Бобров Боброва Бобылев Бобылева Богданов Богданова Богдановска Богдановски Богданска Богдански Богоев Богоева
Богоеска Богоески Божиков Божикова Божинов Божинова Божиновска Божиновски Бојановска Бојановски Бојаџи
Бојаџиев Бојаџиева Большаков Большакова Бондаренко Борецька Борецький Борисов Борисова Боровська Боровський
Борочко Боцевска Боцевски Бошевска Бошевски Бошков Бошкова Бошковска Бошковски Боярчук Брагин Брагина
Брезоска Брезоски Брицька Брицький Бубуловска Бубуловски Бужаровска Бужаровски Бузев Бузева Бујуклиев
Бујуклиева Бунев Бунева Бурмило Буров Бурова Бутько Быков Быкова Варсаковска Варсаковски Василевска
Василевски Василеска Василески Василин Василишин Василишина Васильев Васильева Васильківська Васильківський
Васков Васкова Величковска Величковски Велјанов Велјанова Велков Велкова Вергун Вередун Верещук Веселов
Веселова Виноградов Виноградова Висулчев Висулчева Витребенько Вишняков Вишнякова Вітряк Владимиров
Владимирова Владимирска Владимирски Владов Владова Власов Власова Влахов Влахова Влахчев Влахчева Волков
Волкова Волощук Воробьев Воробьева Воронов Воронова Воронцов Воронцова Вражалска Вражалски Гаврилов Гаврилова
Гаврилска Гаврилски Гайдук Гайова Гайовий Гайчук Гајдов Гајдова Ѓаконовска Ѓаконовски Галаєнко Галатей
Галаціон Галевска Галевски Галкин Галкина Гаман Гамула Ганич Гапо Гарай Гаревска Гаревски Гарун Ѓелев Ѓелева
Генов Генова Георгиев Георгиева Георгиевска Георгиевски Герасимов Герасимова Герасимовска Герасимовски Гермов
Гермова Геров Герова Гечевска Гечевски Гешоска Гешоски Гигов Гигова Гиевска Гиевски Главаш Гладківська
Гладківський Гладух Глигоров Глигорова Глигоровска Глигоровски Глинська Глинський Гнатишин Гнатишина Гойко
Голабовска Голабовски Головець Голубев Голубева Горбач Горбачев Горбачева Горбунов Горбунова Ѓорѓевска
Ѓорѓевски Гордеев Гордеева Гордійчук Горова Горовий Городоцька Городоцький Ѓорчев Ѓорчева Горшков Горшкова
Грабул Грабулоска Грабулоски Гречко Григоришин Григоришина Григорьев Григорьева Гриневецька Гриневецький
Гриневська Гриневський Гришин Гришина Гришко Грозданов Грозданова Громико Громов Громова Грошев Грошева
Грујовска Грујовски Групче Гугувчевска Гугувчевски Ѓузелев Ѓузелева Гуляев Гуляева Ѓурлуков Ѓурлукова
Ѓурчинов Ѓурчинова Гурьев Гурьева Гусев Гусева Гучев Гучева Гущин Гущина Давидовска Давидовски Давков Давкова
Давчев Давчева Давчевска Давчевски Давыдов Давыдова Дамеска Дамески Дамовска Дамовски Данилишин Данилишина
Данилко Данилов Данилова Дворчанец Дејанов Дејанова Дементьев Дементьева Демків Демниев Демниева Демчишин
Демчишина Денисов Денисова Деспотовска Деспотовски Дзюб’як Дзюба Дилев Дилева Димитриев Димитриева Димитров
Димитрова Димковска Димковски Димов Димова Димовска Димовски Динев Динева Диневска Диневски Дирјан Дідух
Дмитриев Дмитриева Дмитришин Дмитришина Дмитрук Добревска Добревски Доброхотов Довгалевська Довгалевський
Додевска Додевски Дојчинов Дојчинова Доневска Доневски Доронин Доронина Дорофеев Дорофеева Дракул Дренков
Дренкова Дрнков Дрнкова Дроздов Дроздова Дуганов Дуганова Дуковска Дуковски Дурдинець Дьячков Дьячкова
Евдокимов Евдокимова Евремов Евремова Евсеев Евсеева Егоров Егорова Едиповска Едиповски Ежов Ежова Елисеев
Елисеева Емельянов Емельянова Ермаков Ермакова Ершов Ершова Ефимов Ефимова Ефремов Ефремова Ефтимов Ефтимова
Євенко Євпак Ємець Єрмак Жданов Жданова Жеков Жекова Железаров Железарова Жерновска Жерновски Жуков Жукова
Журавлев Журавлева Забазноска Забазноски Забіла Зайцев Зайцева Зафировска Зафировски Захаров Захарова Зварич
Здравев Здравева Здравковска Здравковски Зимин Зимина Зиновьев Зиновьева Зінкевич Зленко Зографска Зографски
Зуев Зуева Зыков Зыкова Иванов Иванова Ивановска Ивановски Иваноска Иваноски Игнатов Игнатова Игнатьев
Игнатьева Игновска Игновски Игњатовска Игњатовски Икономов Икономова Илиев Илиева Илиевска Илиевски Ильин
Ильина Иљоска Иљоски Исаев Исаева Исаков Исакова Исаковска Исаковски Ицев Ицева Іванишин Іванишина Іванів
Іванців Јакимовска Јакимовски Јаконов Јаконова Јаневска Јаневски Јанчевска Јанчевски Јачев Јачева Јованов
Јованова Јовановска Јовановски Јовчевска Јовчевски Јорданов Јорданова Јордановска Јордановски Јосифовска
Јосифовски Јосифоска Јосифоски Јуруков Јурукова Јурукоска Јурукоски Кабанов Кабанова Казаков Казакова
Калајџиска Калајџиски Калач Калашников Калашникова Калинин Калинина Калчевска Калчевски Камберска Камберски
Ќамилов Ќамилова Кандиба Кантарџиев Кантарџиева Капустин Капустина Караѓозов Караѓозова Карадак Караман
Каранфиловска Каранфиловски Караџа Карев Карева Каров Карова Каровска Каровски Карпов Карпова Карпух Картов
Картова Каськів Катарџиев Катарџиева Кепеска Кепески Керамитчиев Керамитчиева Керамичиев Керамичиева Кивач
Кириллов Кириллова Кирјазовска Кирјазовски Киселев Киселева Киселинов Киселинова Китаноска Китаноски Кичевска
Кичевски Кљусев Кљусева Князев Князева Ковалев Ковалева Коваленко Ковальська Ковальський Кодра Козлов Козлова
Колесников Колесникова Колишевска Колишевски Колобов Колобова Колозов Колозова Коломієць Коман Комаров
Комарова Комиссаров Комиссарова Компанієць Кондов Кондова Кондовска Кондовски Кондратьев Кондратьева Конеска
Конески Коновалов Коновалова Кононець Кононов Кононова Константинов Константинова Константиновска
Константиновски Копылов Копылова Кордалов Кордалова Кордун Корецька Корецький Ќорнаков Ќорнакова Корнилов
Корнилова Корнїйчук Коробар Коров’як Королев Королева Ќортошев Ќортошева Корубин Костадинов Костадинова
Костин Костина Костовска Костовски Котевска Котевски Котеска Котески Котов Котова Коцаре Коцо Коцюбинська
Коцюбинський Кочовска Кочовски Коџоман Кошелев Кошелева Красильников Красильникова Крле Крстев Крстева
Крстевска Крстевски Крстеска Крстески Крцковска Крцковски Крылов Крылова Крюков Крюкова Кудрявцев Кудрявцева
Кудряшов Кудряшова Кузмановска Кузмановски Кузнецов Кузнецова Кузьмин Кузьмина Кулагин Кулагина Кулаков
Кулакова Куликов Куликова Кулинич Кулишев Кулишева Кульчицька Кульчицький Куновска Куновски Куноска Куноски
Ќурчиев Ќурчиева Кутурец Кушевска Кушевски Лаврентьев Лаврентьева Лагойда Ладинска Ладински Лазарев Лазарева
Лазаревска Лазаревски Лазаров Лазарова Лазеска Лазески Лазірко Лазовска Лазовски Лакинска Лакински Лактинска
Лактински Ланова Лановий Лапе Лапин Лапина Ларионов Ларионова Латан Латаний Латанська Латанський Лахман
Лахтов Лахтова Лебедев Лебедева Левадовська Левадовський Левенска Левенски Лековска Лековски Леов Леова
Лечевска Лечевски Ликович Линдик Липов Липова Лихачев Лихачева Личеноска Личеноски Ліхно Лобанов Лобанова
Лобачевська Лобачевський Логинов Логинова Лозановска Лозановски Ломова Ломовий Лугова Луговий Лукин Лукина
Луловска Луловски Луцька Луцький Луцьків Лученко Лучко Лыткин Лыткина Люта Лютий Лящук Љутков Љуткова Магера
Мазайло Мазев Мазева Мазило Мазун Майборода Майстренко Мајсторов Мајсторова Макаров Макарова Македонска
Македонски Маковецька Маковецький Максимов Максимова Малевска Малевски Малеска Малески Малкович Маловска
Маловски Мамій Мамонтов Мамонтова Манаковска Манаковски Мангов Мангова Манговска Манговски Манев Манева
Маневска Маневски Манивилов Манивилова Манчев Манчева Манчевска Манчевски Маринич Маринов Маринова Марієвська
Марієвський Марків Марков Маркова Марковска Марковски Мартиновска Мартиновски Мартиноска Мартиноски Мартынов
Мартынова Масин Маслов Маслова Матвеев Матвеева Матевска Матевски Матковска Матковски Матовска Матовски Махно
Маџиров Маџирова Медведев Медведева Мельников Мельникова Меркушев Меркушева Миклашевська Миклашевський
Миклухо Миладинов Миладинова Милосавлев Милосавлева Милославська Милославський Милошевска Милошевски Милчин
Миљовска Миљовски Минчев Минчева Миовска Миовски Миронов Миронова Миронска Миронски Мисирков Мисиркова
Митевска Митевски Митревска Митревски Митриќеска Митриќески Михайлов Михайлова Михайлюк Михајлов Михајлова
Михајловска Михајловски Михеев Михеева Мицев Мицева Мицевска Мицевски Мицковска Мицковски Мицов Мицова Мишин
Мишина Мишковска Мишковски Міняйло Младенов Младенова Младеновска Младеновски Могилевська Могилевський
Моисеев Моисеева Мојсовска Мојсовски Мокров Мокрова Молчанов Молчанова Момировска Момировски Морозов Морозова
Москаль Москалюк Мотрієнко Мошин Мукаетов Мукаетова Муравьев Муравьева Муратовска Муратовски Мусалевска
Мусалевски Мустачки Мухин Мухина Мясников Мясникова Назаров Назарова Најденов Најденова Најдовска Најдовски
Најческа Најчески Наков Накова Наневска Наневски Настев Настева Наумов Наумова Наумовска Наумовски Наумческа
Наумчески Начев Начева Негода Неделковска Неделковски Некрасов Некрасова Нестеров Нестерова Нестор
Несторовска Несторовски Нетков Неткова Нешковска Нешковски Никитин Никитина Никифоров Никифорова Николаев
Николаева Николеска Николески Николов Николова Николовска Николовски Никонов Никонова Никушев Никушева Нинов
Нинова Новиков Новикова Ногачевська Ногачевський Носков Носкова Носов Носова Овчинников Овчинникова Одинцов
Одинцова Опенько Орехов Орехова Орлов Орлова Оровчанец Ортаков Ортакова Осадко Осипов Осипова Османли
Павленко Павлишин Павлишина Павлів Павлов Павлова Павловска Павловски Павлоска Павлоски Пагутяк Пајтонџиев
Пајтонџиева Паковска Паковски Паламарчук Паликрушев Паликрушева Палій Панговска Панговски Пандеска Пандески
Пандилов Пандилова Пандовска Пандовски Панков Панкова Панов Панова Пановска Пановски Панфилов Панфилова
Панчевска Панчевски Папрадишки Паращук Пасічник Пахомов Пахомова Пејов Пејова Пендик Пендовска Пендовски
Пенушлиска Пенушлиски Пепељуговска Пепељуговски Перинска Перински Перчинковска Перчинковски Пестов Пестова
Петик Петковска Петковски Петлюра Петренко Петрин Петрина Петришин Петришина Петрів Петров Петрова Петровска
Петровски Петрушев Петрушева Петрушевска Петрушевски Петухов Петухова Пиперковска Пиперковски Плаксій
Планинска Планински Погиба Подгорец Полежиноска Полежиноски Поліщук Полјанска Полјански Поляков Полякова
Пономарев Пономарева Пономарів Попов Попова Поповска Поповски Попоска Попоски Поривай Поривайло Потапов
Потапова Потебенько Потоцька Потоцький Преспанска Преспански Пригода Приймак Прилепчанска Прилепчански
Притула Прличко Прохоров Прохорова Прядун Псалтиров Псалтирова Пуцков Пуцкова Равановска Равановски Радическа
Радически Раковска Раковски Рацин Реџепова Ризов Ризова Ристов Ристова Ристовска Ристовски Ристоска Ристоски
Рогов Рогова Родионов Родионова Рожков Рожкова Розпутній Розпутня Романишин Романишина Романів Романов
Романова Ромей Роменець Ромочко Руменов Руменова Русаков Русакова Русјаков Русјакова Русоманов Русоманова
Рыбаков Рыбакова Рябов Рябова Савельев Савельева Савин Савина Савицька Савицький Саєнко Сазонов Сазонова
Салџиев Салџиева Самойлов Самойлова Самсонов Самсонова Санев Санева Сариевска Сариевски Сафонов Сафонова
Светиев Светиева Свидригайло Селезнев Селезнева Селиверстов Селиверстова Семенов Семенова Семеночко Семещук
Серафимов Серафимова Серафимовска Серафимовски Сергеев Сергеева Сердюк Сидовска Сидовски Сидоров Сидорова
Силецька Силецький Силин Силина Силјановска Силјановски Симов Симова Симовска Симовски Симонов Симонова
Симоновска Симоновски Ситников Ситникова Сідлецька Сідлецький Сідляк Сірко Скаловска Скаловски Скиба
Скоропадська Скоропадський Славенска Славенски Славеска Славески Сланев Сланева Слободян Смаќоска Смаќоски
Смилевска Смилевски Смирнов Смирнова Смокварска Смокварски Соболев Соболева Соколов Соколова Солев Солева
Соловьев Соловьева Солунска Солунски Сорокин Сорокина Сосюра Софрониевска Софрониевски Спасеновска
Спасеновски Спасов Спасова Спасовска Спасовски Спиров Спирова Спировска Спировски Сплюх Сплюха Спотикач
Ставрев Ставрева Ставреска Ставрески Стаматоска Стаматоски Станков Станкова Станковска Станковски Старделов
Старделова Стахів Стеванов Стеванова Стевковска Стевковски Степанець Степанов Степанова Стефанов Стефанова
Стефановска Стефановски Стецьків Стигайло Стојанов Стојанова Стојановска Стојановски Стојаноска Стојаноски
Стојков Стојкова Стојковска Стојковски Стојменска Стојменски Стојчев Стојчева Сторожук Сторчак Стоян Стрелков
Стрелкова Субботин Субботина Суворов Суворова Суханов Суханова Сучак Сушко Сысоев Сысоева Такев Такева
Таковска Таковски Талевска Талевски Талеска Талески Тарасов Тарасова Тарасюк Темелкоска Темелкоски
Теодосиевска Теодосиевски Терентьев Терентьева Терзиев Терзиева Тетерин Тетерина Тимофеев Тимофеева Тиндарей
Титов Титова Тихонов Тихонова Ткаченко Тодоров Тодорова Тодоровска Тодоровски Тозија Толевска Толевски
Томовска Томовски Тофоска Тофоски Точко Тошев Тошева Тошевска Тошевски Трајковска Трајковски Тренеска
Тренески Тренчевска Тренчевски Третьяков Третьякова Третяк Трифуновска Трифуновски Тројачанец Трофимов
Трофимова Троян Трпеновска Трпеновски Трублаєвська Трублаєвський Трясило Трясун Туров Турова Тушевска
Тушевски Уваров Уварова Угриновска Угриновски Узунов Узунова Узуновска Узуновски Уманець Унич Урдин Усич
Устинов Устинова Фадеев Фадеева Федоришин Федоришина Федоров Федорова Федосеев Федосеева Федотов Федотова
Филатов Филатова Филиповска Филиповски Филиппов Филиппова Фирфов Фирфова Фокин Фокина Фомин Фомина Фомичев
Фомичева Фотев Фотева Фролов Фролова Харитонов Харитонова Хаџиманов Хаџиманова Хаџиниколов Хаџиниколова
Хитрово Хохлов Хохлова Христов Христова Христовска Христовски Цанев Цанева Цветановска Цветановски Цветков
Цветкова Цеков Цекова Цековска Цековски Ценев Ценева Цимбалістий Црвенковска Црвенковски Црвенов Црвенова
Цушко Чакар Чакмаков Чакмакова Чаловска Чаловски Чапаровска Чапаровски Чаушев Чаушева Чашуле Чевревска
Чевревски Чејковска Чејковски Чемерска Чемерски Чемков Чемкова Червоній Чернов Чернова Чипан Чокревска
Чокревски Чундев Чундева Чупона Чучков Чучкова Чушкаров Чушкарова Џамбаз Џамбазов Џамбазова Џаџев Џаџева
Џеков Џекова Џинлеска Џинлески Џорлев Џорлева Џувалековска Џувалековски Џунов Џунова Шамрило Шарапов Шарапова
Шаревска Шаревски Шаров Шарова Шашков Шашкова Шевченко Шестак Шестаков Шестакова Шијак Шијаков Шијакова
Шијаковска Шијаковски Шилов Шилова Шиндарей Ширилов Ширилова Ширяев Ширяева Шишков Шишкова Шиян Шкараба Шопов
Шопова Шоптрајанов Шоптрајанова Штерјоска Штерјоски Шубин Шубина Шудрик Шулинчевска Шулинчевски Шумило Шупик
Шухевич Щербак Щербаков Щербакова Щукин Щукина Юдин Юдина Юрчишин Юрчишина Юхно Ющик Ющук Яворівська
Яворівський Яковлев Яковлева Якушев Якушева Ялова Яловий Ялюк Янюк Ярмак Яцишин Яцишина Яцьків Ящук אביב
אביבי אביגור אבידור אבידן אביטל אבינועם אבינר אבינרי אביעד אביעזר אבירם אבישי אבישר אביתר אבנון אבני אבניאל
אבנר אבנרי אברהם אברהמי אברון אבריאל אגוז אגוזי אגמון אגרון אדוני אדיב אדירי אדמון אדמוני אהרוני אהרן אוהד
אופיר אופק אורון אוריאל אוריה אוריון אוריין אורן אזרחי אחיטוב אחרון אייל איילון אילון אילן אילני אילת איתם
איתן אלדד אלדן אלול אלון אלוני אלוף אלחנני אליאב אליהו אליעז אליעזר אליצור אליקים אלישיב אלמגור אלמוג אלעד
אלעזר אלרום אלרון אמיר אמית אמיתי אנקורי אסיא אסיף אפעל אפרת אראל ארבל ארגוב ארגמן ארדון ארוך ארזי אריאב
אריאל אריאלי ארידור אריה אריכא ארמוני ארנון ארצי אשבל אשור אשכול אשכנזי אשרי אשרת אתגר אתרוג בארי בבלי בוצר
בורר בחור ביצור בכור בנאי בנטוב בנימין בנימיני בןתור בצלאל בראון בראילן בראל ברהלל ברוך ברוש ברושי ברזילי
ברזל ברטוב ברטל בריוסף ברלב ברנע ברעוז ברעם ברקאי ברקין ברקן ברקת גאון גבאי גביש גבעול גבעון גבעתי גבתון גדות
גדיש גדליה גדרון גודר גולן גונן גופר גוריון גורלי גורן גושן גזית גידור גילון גילת גינוסר גינת גינתון גלבוע
גליל גלילי גלעד גלעדי גלרון גמזו גמליאל גנור גפני גרינבלט גרנות גרשון דביר דברת דגני דוידי דולב דורי דותן
דניאלי דרומי דרור דרורי הלוי הללי המאירי הנגבי העצני הראבן הראובני הראל הרטוב הרפז הררי וילנאי ורדי ורדימון
זאבי זבולון זהבי זוהר זורע זזאב זיואב זכאי זכות זכריה זמורה זמיר זמרי זעירא זרובבל זרטל חובה חורש חזני חזקיה
חייט חיים חלמיש חנוך חנוכה חנני חסון חסיד חצור חצרוני חרובי חרותי חריף חרמון חרמוני טוביה טלמור טלשיר יאיר
יבין יגור ידיד ידין ידעיה יהודאי יהודה יהושע יהלום יובל יוגב יוטבת יונה יוסף יושע יחזקאל יחיאל יכין ימיני
ינון יניב יעקבי יערי יפרח יצחק יצחקי יקיר ירדני ירוחם ירום ירון ירושלמי יריב ירקוני ישורון ישראל ישראלי יששכר
כוכבי כנען כנעני כספי כפיר כפרי כרמון כרמי כרמל כרמלי לאור לבבי לביא לבנון לבני לבנת להבי לוטם לוטן לויתן
לחמן ליאור לידור ליטאי לימור מאור מאיר מאירי מואב מוקד מוקדי מורג מוריה מורשת מזור מיכה מילוא מישורי מלכה
מלכי מלמד מנור מנחם מנשה מעוז מעיין מעייני מערבי מרגליות מרגלית מרגנית מרום מרון מרידור משולח משיח משעול משעל
משען משעני מתניה מתתיהו נאור נאמן נבון נגבי נווה נוימרק נועם נוריאל נחום נחושתן נחשון ניסני ניצן נמרי נסים
נריה נשרי נתיב נתנאל נתניהו סבוראי סביר סופר סיני סכנין סמדר סנונית ספיר סתוי סתיו עברון עברי עדיני עובד
עובדיה עובדיהו עוגן עוזר עומר עופר עופרים עזוז עזריאל עזריה עזרתי עידן עילם עינב עמוס עמיאל עמיקם עמיר עמירן
עמית עמרמי ענבל ענבר עסיס עפרת עצמון ערמון פדהצור פולני פורת פלאי פניני פרוש פריגת פרימור צדוק צדקה צדקיהו
צורי צוריאל צורף צידון צפיר צפריר קדמון קדמי קדרון קורח קורן קידר קינן קיסרי קישון קמחי קצין קציר קשתי ראובני
רביב רביד רוגל רווה רווח רועה רזיאל רחמים רמון רמתי רענן שאול שאולי שאלתיאל שביב שבתאי שבתי שגיא שובל שוהם
שוחט שומרון שוער שופט שורק שושן שושני שחור שחורי שילה שילוח שילון שילוני שלום שלומי שלמון שמואל שמואלי שמחון
שמחוני שמחי שםטוב שמעון שמרון שמשון שמשוני שמשי שנהר שנער שפיר שקדי שקלים שרביט שרון שרוני שריג שריד שריף
שריר ששון תאומים תאני תבור תבורי תדמור תומר תורן תירוש תמוז תמיר תמרי תקווה תקוע תרשיש תשבי ادريس الأشراف
البشيري الحجيج الحمامي الخليفي الدرقاش الدنوني الرصاع الرقيق الزوابي السقا السقاط الشتيوي الشريف الشيباني
الصغير الصفار الطريقي الطويل العطار العلاني العلايمي العنابي العواني الغربي القلال القلشاني الكافي الكراي
المحجوب المدقي المنيف المولدي النابلي النجار النخلي النفطي النفير النقاش الوحيشي بنسلامة بودوارة بوديبة
بوهاها تومي جابالله جاوحدو جراد خنفير زروق زقية سعيد سويس شقرون شنيق عارف عاشور عاشوری عالی عبادی عبدالکریمی
عبدالملکی عراقی عزیزی عصار عطالله عظومة عقیلی علیا عنایت عنون غضنفری غويلة فارسی فاطمی فانی فتاحی فرامرزی
فرشیدورد فرمانفرمائیان فرهنگ فروتن فریاد فقوسة فنایی فهمیده فولادوند قاضی قانعی قانونی قمیشی قنبری قهرمان
قهرمانی قهرمانیان قهستانی کاشی کاکاوند کامکار کاملی کاویانی کدیور کردبچه کرمانی کریمی کلباسی کمالی کهنمویی
کوشکی کیان کیانی کیمیایی گلپایگانی گنجی لاجوردی لاچینی لاهوتی لخشين لنکرانی لوکس مجاهد مجتبایی مجتبوی مجتهدی
مجرد محجوب محجوبی محدثی محمدرضایی محمدی مددی مرادخانی مرتضوی مستوفی مصاحب مصباح مطهری مظفر معارف معروف معین
مفتاح مفتح مقدم ملایری ملکیان منوچهری مهاجرانی موحد موسوی موسویان میرباقری میردامادی میرزاده میرسپاسی میزبانی
ناظری نامور نجفی ندوشن نراقی نقدی نهاوندی نواب نوبخت نوبختی نيفر نیشابوری نیلوفری هاشمی هاشمیان هامون هدایت
هذيل هراتی هروی همایون همدان همدانی هوشیار هومن واثقی واعظ واعظی وکیلی يافع یاحقی یادگار یثربی یلدا
`);
