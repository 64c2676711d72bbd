/**
 * The largest cities and towns of each country Veil reads, with their English names where those
 * differ (Göteborg / Gothenburg, München / Munich). Written from the statistics offices'
 * population tables: SCB tätorter, SSB tettsteder, Danmarks Statistik byopgørelse, Statistics
 * Finland municipalities, Destatis Gemeindeverzeichnis, INSEE populations légales, INE padrón,
 * ISTAT comuni, CBS woonplaatsen, GUS miasta, ONS built-up areas and US Census Bureau city
 * estimates.
 */
import { phrases } from './words';

export const CITIES_SE = phrases(`
Stockholm, Göteborg, Gothenburg, Malmö, Uppsala, Västerås, Örebro, Linköping, Helsingborg, Jönköping,
Norrköping, Lund, Umeå, Gävle, Borås, Södertälje, Eskilstuna, Halmstad, Växjö, Karlstad, Sundsvall,
Östersund, Trollhättan, Luleå, Lidingö, Borlänge, Tumba, Kristianstad, Kalmar, Falun, Skövde,
Karlskrona, Skellefteå, Uddevalla, Varberg, Åkersberga, Örnsköldsvik, Landskrona, Nyköping,
Vallentuna, Motala, Trelleborg, Ängelholm, Karlskoga, Märsta, Lerum, Alingsås, Sandviken, Laholm,
Visby, Piteå, Enköping, Kiruna, Vänersborg, Kungsbacka, Falkenberg, Ystad, Mölndal, Partille, Solna,
Sundbyberg, Täby, Nacka, Huddinge, Botkyrka, Haninge, Järfälla, Sollentuna, Upplands Väsby,
Katrineholm, Köping, Arvika, Mariestad, Lidköping, Härnösand, Hudiksvall, Söderhamn, Ludvika, Avesta,
Nässjö, Värnamo, Oskarshamn, Västervik, Hässleholm, Eslöv, Höganäs, Kävlinge, Staffanstorp, Vellinge,
Kungälv, Stenungsund, Strängnäs, Norrtälje, Boden, Gällivare, Mora, Sala, Tranås, Vetlanda, Ljungby,
Karlshamn, Ronneby, Sölvesborg
`);

export const CITIES_NO = phrases(`
Oslo, Bergen, Trondheim, Stavanger, Drammen, Fredrikstad, Kristiansand, Sandnes, Tromsø, Sarpsborg,
Skien, Ålesund, Sandefjord, Haugesund, Tønsberg, Moss, Porsgrunn, Bodø, Arendal, Hamar, Larvik,
Halden, Lillehammer, Harstad, Molde, Kongsberg, Gjøvik, Horten, Mo i Rana, Askøy, Kristiansund,
Jessheim, Ski, Hønefoss, Elverum, Alta, Narvik, Steinkjer, Grimstad, Leirvik, Kongsvinger,
Lillestrøm, Asker, Bærum, Sandvika, Lørenskog, Ås, Drøbak, Mandal, Egersund, Brumunddal, Raufoss,
Levanger, Stjørdal, Namsos, Florø, Førde, Voss, Notodden, Hammerfest, Vadsø, Kirkenes, Finnsnes,
Mosjøen, Brønnøysund, Sogndal, Stord, Bryne, Eidsvoll, Kolbotn
`);

export const CITIES_DK = phrases(`
København, Copenhagen, Aarhus, Århus, Odense, Aalborg, Ålborg, Esbjerg, Randers, Kolding, Horsens,
Vejle, Roskilde, Herning, Hørsholm, Helsingør, Elsinore, Silkeborg, Næstved, Fredericia, Viborg,
Køge, Holstebro, Taastrup, Slagelse, Hillerød, Sønderborg, Svendborg, Holbæk, Hjørring,
Frederikshavn, Nørresundby, Ringsted, Haderslev, Skive, Ølstykke, Nykøbing Falster, Greve, Smørum,
Farum, Aabenraa, Kalundborg, Frederiksberg, Gentofte, Lyngby, Kongens Lyngby, Ballerup, Hvidovre,
Rødovre, Glostrup, Brøndby, Albertslund, Ishøj, Skanderborg, Hedensted, Thisted, Varde, Grenaa,
Middelfart, Nyborg, Vordingborg, Odder, Ikast, Brønderslev, Tønder, Rønne, Struer, Lemvig, Ribe,
Skagen, Faaborg, Assens, Hadsten, Hobro
`);

export const CITIES_FI = phrases(`
Helsinki, Helsingfors, Espoo, Esbo, Tampere, Tammerfors, Vantaa, Vanda, Oulu, Uleåborg, Turku, Åbo,
Jyväskylä, Lahti, Lahtis, Kuopio, Pori, Björneborg, Kouvola, Joensuu, Lappeenranta, Villmanstrand,
Hämeenlinna, Tavastehus, Vaasa, Vasa, Seinäjoki, Rovaniemi, Mikkeli, St Michel, Kotka, Salo, Porvoo,
Borgå, Kokkola, Karleby, Hyvinkää, Lohja, Järvenpää, Rauma, Kajaani, Kerava, Savonlinna, Nokia,
Kangasala, Ylöjärvi, Tuusula, Kirkkonummi, Kyrkslätt, Nurmijärvi, Sipoo, Raisio, Kaarina, Imatra,
Iisalmi, Varkaus, Forssa, Riihimäki, Raahe, Tornio, Kemi, Heinola, Valkeakoski, Sastamala,
Pietarsaari, Jakobstad, Mariehamn, Maarianhamina, Hanko, Hangö, Uusikaupunki, Naantali, Nådendal,
Kemijärvi, Sodankylä, Kuusamo, Ylivieska, Pieksämäki
`);

export const CITIES_DE = phrases(`
Berlin, Hamburg, München, Munich, Köln, Cologne, Frankfurt, Frankfurt am Main, Stuttgart, Düsseldorf,
Leipzig, Dortmund, Essen, Bremen, Dresden, Hannover, Hanover, Nürnberg, Nuremberg, Duisburg, Bochum,
Wuppertal, Bielefeld, Bonn, Münster, Mannheim, Karlsruhe, Augsburg, Wiesbaden, Mönchengladbach,
Gelsenkirchen, Aachen, Braunschweig, Brunswick, Kiel, Chemnitz, Halle, Magdeburg, Freiburg,
Freiburg im Breisgau, Krefeld, Mainz, Lübeck, Erfurt, Oberhausen, Rostock, Kassel, Hagen, Potsdam,
Saarbrücken, Hamm, Ludwigshafen, Mülheim an der Ruhr, Oldenburg, Osnabrück, Leverkusen, Heidelberg,
Darmstadt, Solingen, Regensburg, Herne, Paderborn, Neuss, Ingolstadt, Offenbach, Fürth, Ulm,
Heilbronn, Pforzheim, Würzburg, Wolfsburg, Göttingen, Bottrop, Reutlingen, Koblenz, Bremerhaven,
Recklinghausen, Erlangen, Bergisch Gladbach, Remscheid, Jena, Trier, Salzgitter, Moers, Siegen,
Hildesheim, Cottbus, Gütersloh, Kaiserslautern, Witten, Hanau, Schwerin, Gera, Esslingen,
Ludwigsburg, Iserlohn, Düren, Tübingen, Zwickau, Flensburg, Gießen, Ratingen, Lünen, Konstanz, Marl,
Worms, Villingen-Schwenningen, Velbert, Minden, Dessau-Roßlau, Neumünster, Norderstedt, Delmenhorst,
Bamberg, Viersen, Marburg, Rheine, Wilhelmshaven, Lüneburg, Gladbeck, Troisdorf, Dorsten, Detmold,
Bayreuth, Arnsberg, Castrop-Rauxel, Landshut, Brandenburg an der Havel, Bocholt, Aschaffenburg,
Celle, Kempten, Fulda, Aalen, Lippstadt, Dinslaken, Herford, Rüsselsheim, Kerpen, Weimar,
Sindelfingen, Plauen, Neuwied, Dormagen, Passau, Rosenheim, Greifswald, Stralsund, Görlitz, Wismar,
Baden-Baden, Garmisch-Partenkirchen
`);

export const CITIES_FR = phrases(`
Paris, Marseille, Marseilles, Lyon, Lyons, Toulouse, Nice, Nantes, Montpellier, Strasbourg, Bordeaux,
Lille, Rennes, Toulon, Reims, Saint-Étienne, Le Havre, Dijon, Grenoble, Angers, Villeurbanne,
Saint-Denis, Nîmes, Clermont-Ferrand, Aix-en-Provence, Le Mans, Brest, Tours, Amiens, Limoges,
Annecy, Perpignan, Boulogne-Billancourt, Metz, Besançon, Orléans, Saint-Paul, Rouen, Argenteuil,
Mulhouse, Montreuil, Caen, Nancy, Saint-Pierre, Nanterre, Tourcoing, Roubaix, Vitry-sur-Seine,
Avignon, Créteil, Poitiers, Dunkerque, Dunkirk, Asnières-sur-Seine, Versailles, Colombes,
Aubervilliers, Aulnay-sous-Bois, Courbevoie, Cherbourg, Rueil-Malmaison, Pau, Champigny-sur-Marne,
Le Tampon, Béziers, Calais, La Rochelle, Saint-Maur-des-Fossés, Antibes, Cannes, Colmar, Mérignac,
Ajaccio, Drancy, Issy-les-Moulineaux, Bourges, Noisy-le-Grand, Levallois-Perret, Quimper, Valence,
Villeneuve-d'Ascq, La Seyne-sur-Mer, Antony, Troyes, Neuilly-sur-Seine, Sarcelles, Niort, Chambéry,
Lorient, Beauvais, Vénissieux, Pessac, Clichy, Ivry-sur-Seine, Cergy, Hyères, Saint-Quentin,
Montauban, Chelles, Vannes, Meaux, Fréjus, Arles, Bayonne, Saint-Nazaire, Saint-Malo, Laval, Évry,
Belfort, Blois, Chartres, Angoulême, Châteauroux, Biarritz, Lourdes, Carcassonne, Narbonne, Sète,
Bastia, Évreux, Albi, Tarbes, Gap, Vienne, Agen
`);

export const CITIES_ES = phrases(`
Madrid, Barcelona, Valencia, Sevilla, Seville, Zaragoza, Málaga, Murcia, Palma, Palma de Mallorca,
Las Palmas, Las Palmas de Gran Canaria, Bilbao, Bilbo, Alicante, Alacant, Córdoba, Valladolid, Vigo,
Gijón, L'Hospitalet de Llobregat, Vitoria, Vitoria-Gasteiz, A Coruña, La Coruña, Corunna, Granada,
Elche, Elx, Oviedo, Badalona, Cartagena, Terrassa, Jerez de la Frontera, Sabadell, Móstoles,
Santa Cruz de Tenerife, Pamplona, Iruña, Almería, Alcalá de Henares, Fuenlabrada, Leganés,
San Sebastián, Donostia, Getafe, Burgos, Albacete, Santander, Castellón de la Plana, Castelló,
Alcorcón, San Cristóbal de La Laguna, Logroño, Badajoz, Salamanca, Huelva, Marbella, Lleida, Lérida,
Tarragona, Dos Hermanas, Torrejón de Ardoz, Parla, Mataró, León, Algeciras, Santa Coloma de Gramenet,
Alcobendas, Cádiz, Jaén, Ourense, Orense, Reus, Telde, Barakaldo, Lugo, Girona, Gerona,
Santiago de Compostela, Cáceres, Lorca, Coslada, Talavera de la Reina, El Puerto de Santa María,
Cornellà de Llobregat, Avilés, Palencia, Getxo, Orihuela, Pontevedra, Pozuelo de Alarcón, Toledo,
Guadalajara, Ciudad Real, Zamora, Segovia, Ávila, Cuenca, Soria, Teruel, Huesca, Ibiza, Eivissa,
Benidorm, Torrevieja, Gandía, Ponferrada, Ferrol
`);

export const CITIES_IT = phrases(`
Roma, Rome, Milano, Milan, Napoli, Naples, Torino, Turin, Palermo, Genova, Genoa, Bologna, Firenze,
Florence, Bari, Catania, Venezia, Venice, Verona, Messina, Padova, Padua, Trieste, Taranto, Brescia,
Parma, Prato, Modena, Reggio Calabria, Reggio Emilia, Perugia, Ravenna, Livorno, Cagliari, Foggia,
Rimini, Salerno, Ferrara, Sassari, Latina, Giugliano in Campania, Monza, Siracusa, Syracuse, Pescara,
Bergamo, Forlì, Trento, Vicenza, Terni, Bolzano, Bozen, Novara, Piacenza, Ancona, Andria, Arezzo,
Udine, Cesena, Lecce, Pesaro, La Spezia, Barletta, Alessandria, Pistoia, Pisa, Catanzaro, Lucca,
Brindisi, Como, Treviso, Marsala, Grosseto, Busto Arsizio, Varese, Sesto San Giovanni, Caserta, Asti,
Cosenza, Ragusa, Pavia, Cremona, Carpi, Massa, Trapani, Potenza, Aosta, L'Aquila, Campobasso, Matera,
Siena, Viterbo, Savona, Imperia, Cuneo, Lodi, Mantova, Mantua, Sondrio, Belluno, Rovigo, Gorizia,
Pordenone, Agrigento, Caltanissetta, Enna, Crotone, Vibo Valentia, Benevento, Avellino, Nuoro,
Oristano, Olbia, Sorrento
`);

export const CITIES_NL = phrases(`
Amsterdam, Rotterdam, Den Haag, 's-Gravenhage, The Hague, Utrecht, Eindhoven, Groningen, Tilburg,
Almere, Breda, Nijmegen, Apeldoorn, Arnhem, Haarlem, Haarlemmermeer, Enschede, Amersfoort, Zaanstad,
's-Hertogenbosch, Den Bosch, Zwolle, Zoetermeer, Leiden, Leeuwarden, Maastricht, Dordrecht, Ede,
Alphen aan den Rijn, Westland, Alkmaar, Emmen, Delft, Venlo, Deventer, Sittard, Helmond, Oss,
Amstelveen, Hilversum, Heerlen, Sudwest-Fryslân, Hengelo, Purmerend, Roosendaal, Schiedam, Lelystad,
Almelo, Hoorn, Vlaardingen, Gouda, Assen, Capelle aan den IJssel, Veenendaal, Katwijk, Zeist,
Nieuwegein, Roermond, Den Helder, Doetinchem, Hoogeveen, Terneuzen, Middelburg, Vlissingen, Kampen,
Harderwijk, Bergen op Zoom, Heerhugowaard, Weert, Oosterhout, Schagen, Woerden, Barneveld,
Wageningen, Tiel, Goes, Drachten, Sneek, Heerenveen, Meppel, Zutphen, Nijkerk, Waalwijk, Uden,
Veghel, Valkenswaard, Kerkrade, Venray, IJmuiden, Zandvoort, Texel
`);

export const CITIES_PL = phrases(`
Warszawa, Warsaw, Kraków, Cracow, Łódź, Wrocław, Poznań, Gdańsk, Szczecin, Bydgoszcz, Lublin,
Białystok, Katowice, Gdynia, Częstochowa, Radom, Toruń, Sosnowiec, Rzeszów, Kielce, Gliwice, Olsztyn,
Zabrze, Bielsko-Biała, Bytom, Zielona Góra, Rybnik, Ruda Śląska, Opole, Tychy, Gorzów Wielkopolski,
Elbląg, Płock, Dąbrowa Górnicza, Wałbrzych, Włocławek, Tarnów, Chorzów, Koszalin, Kalisz, Legnica,
Grudziądz, Jaworzno, Słupsk, Jastrzębie-Zdrój, Nowy Sącz, Jelenia Góra, Siedlce, Mysłowice, Konin,
Piła, Piotrków Trybunalski, Inowrocław, Lubin, Ostrów Wielkopolski, Suwałki, Stargard, Gniezno,
Głogów, Siemianowice Śląskie, Pabianice, Leszno, Zamość, Łomża, Żory, Pruszków, Ełk,
Tomaszów Mazowiecki, Chełm, Mielec, Przemyśl, Stalowa Wola, Tczew, Biała Podlaska, Kędzierzyn-Koźle,
Bełchatów, Świdnica, Będzin, Zgierz, Piekary Śląskie, Racibórz, Legionowo, Ostrowiec Świętokrzyski,
Świętochłowice, Zakopane, Sopot, Malbork, Krosno, Sanok, Oświęcim, Auschwitz, Świnoujście, Kołobrzeg,
Starachowice
`);

export const CITIES_GB_US = phrases(`
London, Birmingham, Manchester, Glasgow, Leeds, Liverpool, Newcastle, Newcastle upon Tyne, Sheffield,
Bristol, Edinburgh, Leicester, Nottingham, Cardiff, Belfast, Coventry, Bradford, Stoke-on-Trent,
Wolverhampton, Plymouth, Southampton, Reading, Derby, Dudley, Northampton, Portsmouth, Luton,
Preston, Aberdeen, Milton Keynes, Sunderland, Norwich, Swansea, Bournemouth, Southend-on-Sea,
Swindon, Dundee, Huddersfield, Oxford, Cambridge, Middlesbrough, Blackpool, Bolton, Ipswich, York,
Telford, West Bromwich, Peterborough, Stockport, Brighton, Slough, Gloucester, Watford, Rotherham,
Exeter, Colchester, Crawley, Chelmsford, Gateshead, Basildon, Worcester, Warrington, Wigan,
Doncaster, Blackburn, Hull, Kingston upon Hull, Inverness, Stirling, Perth, Bath, Canterbury,
Carlisle, Chester, Durham, Lancaster, Lincoln, Salisbury, Winchester, Wakefield, Newport, Wrexham,
Londonderry, Derry, Lisburn, Bangor, St Albans, Guildford, Maidstone, New York, New York City,
Los Angeles, Chicago, Houston, Phoenix, Philadelphia, San Antonio, San Diego, Dallas, San Jose,
Austin, Jacksonville, Fort Worth, Columbus, Charlotte, Indianapolis, San Francisco, Seattle, Denver,
Oklahoma City, Nashville, Washington, El Paso, Las Vegas, Boston, Detroit, Portland, Louisville,
Memphis, Baltimore, Milwaukee, Albuquerque, Tucson, Fresno, Sacramento, Mesa, Atlanta, Kansas City,
Colorado Springs, Omaha, Raleigh, Miami, Virginia Beach, Long Beach, Oakland, Minneapolis,
Bakersfield, Tulsa, Tampa, Arlington, Wichita, Aurora, New Orleans, Cleveland, Honolulu, Anaheim,
Henderson, Orlando, Lexington, Stockton, Riverside, Corpus Christi, Irvine, Cincinnati, Santa Ana,
Newark, Saint Paul, St. Paul, Pittsburgh, Greensboro, Jersey City, Plano, Anchorage, North Las Vegas,
St. Louis, Saint Louis, Madison, Chandler, Gilbert, Reno, Buffalo, Chula Vista, Fort Wayne, Lubbock,
St. Petersburg, Laredo, Irving, Chesapeake, Glendale, Winston-Salem, Port St. Lucie, Scottsdale,
Garland, Boise, Norfolk, Spokane, Richmond, Fremont, Huntsville, Frisco, Cape Coral, Santa Clarita,
San Bernardino, Tacoma, Hialeah, Baton Rouge, Modesto, Fontana, McKinney, Moreno Valley, Des Moines,
Fayetteville, Salt Lake City, Yonkers, Rochester, Sioux Falls, Little Rock, Amarillo, Tallahassee,
Grand Rapids, Columbia, Providence, Knoxville, Savannah, Hartford, Pasadena, Springfield, Ann Arbor,
Berkeley, Palo Alto
`);
