/**
 * Values that reveal a GDPR Art. 9 special category, in the eleven languages: religion or
 * belief, racial or ethnic origin, sexual orientation, political opinion and trade-union
 * membership. Written from the answer options that the national censuses and equality surveys
 * offer (ONS census 2021 ethnic groups and religions, US Census race categories, the European
 * Social Survey's religion and party questions) plus the parties and confederations with seats
 * or members in each country. Deliberately missing: words that are ordinary vocabulary in running
 * text ("white", "black", "mixed", "other", "green", "liberal", "conservative", "labour",
 * "straight", two-letter party acronyms), since the free-text scanner looks these lists up one
 * word at a time; such columns are found through their header instead.
 */
import { phrases, words } from './words';

export const RELIGIONS = phrases(`
christian, christianity, catholic, roman catholic, protestant, lutheran, evangelical, orthodox,
greek orthodox, russian orthodox, anglican, church of england, baptist, methodist, presbyterian,
pentecostal, mormon, jehovah's witness, jehovahs witness, muslim, islam, islamic, sunni, shia,
shiite, jewish, judaism, hindu, hinduism, buddhist, buddhism, sikh, sikhism, atheist, atheism,
agnostic, humanist, pagan, rastafarian, bahai, baha'i, zoroastrian, taoist, shinto, kristen,
kristendom, katolik, katolsk, protestantisk, luthersk, ortodox, frikyrklig, pingstvän, muslimsk,
judisk, buddhistisk, ateist, svenska kyrkan, christlich, katholisch, römisch-katholisch, evangelisch,
evangelisch-lutherisch, muslimisch, moslem, jüdisch, buddhistisch, konfessionslos, atheistisch,
chrétien, chrétienne, catholique, protestante, musulman, musulmane, juif, juive, bouddhiste, athée,
orthodoxe, cristiano, cristiana, católico, católica, evangélico, musulmana, judío, judía, budista,
ateo, atea, agnóstico, christelijk, katholiek, rooms-katholiek, protestants, hervormd, gereformeerd,
moslim, islamitisch, joods, boeddhist, boeddhistisch, folkekirken, den norske kirke, jødisk,
kristitty, luterilainen, evankelis-luterilainen, ortodoksi, katolinen, muslimi, juutalainen,
buddhalainen, ateisti, uskonnoton, cattolico, cattolica, ortodosso, musulmano, ebreo, ebrea,
buddista, chrześcijanin, chrześcijanka, katoliczka, rzymskokatolicki, prawosławny, ewangelik,
muzułmanin, muzułmanka, żyd, żydówka, buddysta, ateista, ateistka, bezwyznaniowy, świadek jehowy
`);

export const ETHNICITIES = phrases(`
caucasian, hispanic, latino, latina, latinx, hispanic or latino, african american,
black or african american, black african, black caribbean, black british, white british, white irish,
white other, white european, mixed race, mixed ethnicity, multiracial, biracial, asian british,
south asian, east asian, southeast asian, asian american, pacific islander, native hawaiian,
native american, american indian, alaska native, first nations, aboriginal, indigenous,
torres strait islander, arab, middle eastern, north african, romani, gypsy, irish traveller,
gypsy or irish traveller, sami, kurdish, berber, inuit, romer, tattare, resande, samisk, kvener,
tornedaling, sinti, sinti und roma, afrodeutsch, migrationshintergrund, maghrébin, afro-descendant,
gitan, gens du voyage, gitano, gitana, afrodescendiente, mestizo, mestiza, indígena, allochtoon,
autochtoon, marokkaans-nederlands, turks-nederlands, surinaams, antilliaans, saamelainen,
romani-väestö, rrom, romowie, łemko, kaszub
`);

export const ORIENTATIONS = phrases(`
heterosexual, homosexual, gay, lesbian, bisexual, pansexual, asexual, queer, lgbt, lgbtq, lgbtq+,
lgbtqia+, same-sex attracted, men who have sex with men, heterosexuell, homosexuell, bisexuell,
lesbisk, hbtq, hbtqi, hbt, lesbisch, schwul, hétérosexuel, hétérosexuelle, homosexuel, homosexuelle,
lesbienne, bisexuelle, lesbiana, heteroseksueel, homoseksueel, biseksueel, heteroseksuel,
homoseksuel, biseksuel, heteroseksuell, homofil, lesbe, heteroseksuaali, homoseksuaali, biseksuaali,
lesbo, eterosessuale, omosessuale, bisessuale, lesbica, heteroseksualny, homoseksualny, biseksualny,
heteroseksualna, homoseksualna, biseksualna, lesbijka
`);

export const POLITICAL = phrases(`
socialist, social democrat, social democrats, communist, democrat, republican, libertarian,
anarchist, fascist, marxist, far right, far left, left-wing, right-wing, conservative party,
labour party, labour voter, liberal democrats, lib dem, green party, democratic party,
republican party, snp, plaid cymru, ukip, reform uk, sinn féin, socialdemokrat, socialdemokraterna,
moderaterna, sverigedemokraterna, vänsterpartiet, centerpartiet, kristdemokraterna, liberalerna,
miljöpartiet, sozialdemokrat, cdu, csu, spd, fdp, afd, die linke, bündnis 90/die grünen, die grünen,
bsw, parti socialiste, les républicains, rassemblement national, front national, la france insoumise,
europe écologie les verts, psoe, partido popular, izquierda unida, esquerra republicana, junts,
partito democratico, fratelli d'italia, forza italia, lega nord, movimento 5 stelle, vvd, pvv, cda,
d66, groenlinks, pvda, christenunie, partij voor de dieren, socialdemokratiet,
socialistisk folkeparti, dansk folkeparti, enhedslisten, radikale venstre, arbeiderpartiet,
fremskrittspartiet, senterpartiet, sosialistisk venstreparti, kokoomus, perussuomalaiset, vihreät,
vasemmistoliitto, sdp, prawo i sprawiedliwość, platforma obywatelska, koalicja obywatelska, lewica,
konfederacja, trzecia droga, polska 2050, psl
`);

export const TRADE_UNIONS = phrases(`
trade union, trade union member, union member, union membership, labor union, labour union,
unionised, unionized, gmb, tuc, afl-cio, teamsters, seiu, fackförbund, fackmedlem, fackligt ansluten,
landsorganisationen, tco, saco, unionen, if metall, seko, vårdförbundet, lärarförbundet,
gewerkschaft, gewerkschaftsmitglied, ig metall, dgb, ver.di, syndicat, syndiqué, syndiquée, cgt,
cfdt, force ouvrière, sindicato, sindicado, sindicada, afiliado sindical, ugt, ccoo,
comisiones obreras, sindacato, iscritto al sindacato, cgil, cisl, vakbond, vakbondslid, fnv, cnv,
fagforening, fagforbundet, fagbevægelsen, fagbevegelsen, landsorganisasjonen, ammattiliitto,
ammattiliiton jäsen, jhl, akava, związek zawodowy, związkowiec, solidarność, opzz
`);

/** Genetic markers that name a person's genotype when they appear as a value. */
export const GENETIC = phrases(`
brca1, brca2, apoe4, genotype, dna sample, dna profile, genetic test result
`);

/** Biometric templates as exports name them. */
export const BIOMETRIC = phrases(`
fingerprint template, iris scan, iris template, face template, facial template, voiceprint
`);

/**
 * The words census and survey answers to a race or ethnicity question are made of (US Census
 * and its abbreviations as datasets print them, `Amer-Indian-Eskimo`; ONS groups). Judged only
 * as whole cells under a header that asks for ethnicity: "White" or "Black" alone are everyday
 * words, which is why ETHNICITIES leaves them out.
 */
export const ETHNIC_ANSWER_WORDS = new Set(
  words(`
white black asian other mixed pac pacific islander islanders amer american indian eskimo alaska alaskan
native hawaiian hispanic latino latina latinx non african caribbean british irish european caucasian
arab middle eastern east south southeast north two or more races multiracial biracial and of
`),
);
