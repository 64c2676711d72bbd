/**
 * How a gender or sex column writes its values, in the eleven languages, including the one-letter
 * codes of forms and registers (M/F, K for Polish "kobieta" and Swedish "kvinna", W for German
 * "weiblich", H for Spanish/French "hombre"/"homme", V for Dutch "vrouw", D for German "divers",
 * X for the non-binary passport marker) and salutations, which reveal the same thing; and the
 * words registers write in Chinese, Japanese, Korean, Russian/Ukrainian, Greek, Arabic and Hebrew.
 */
import { phrases } from './words';

export const GENDER_MALE = phrases(`
m, male, man, men, boy, mr, masculine, manlig, pojke, herr, hane, mann, männlich, maennlich, junge,
h, homme, masculin, monsieur, garçon, hombre, masculino, varón, señor, niño, uomo, maschio, maschile,
signore, mannelijk, jongen, dhr, mand, mandlig, dreng, gutt, mies, miespuolinen, poika, mężczyzna,
męska, męski, pan, chłopiec, 男, 男性, 남, 남자, 남성, мужской, муж, м, чоловіча, чоловік, άνδρας, άρρεν, ذكر, זכר
`);

export const GENDER_FEMALE = phrases(`
f, female, woman, women, girl, mrs, ms, miss, feminine, k, kvinna, kvinnlig, flicka, fru, hona, w,
frau, weiblich, mädchen, femme, féminin, madame, mademoiselle, mme, fille, mujer, femenino, femenina,
señora, niña, donna, femmina, femminile, signora, v, vrouw, vrouwelijk, meisje, mevr, mevrouw,
kvinde, kvindelig, pige, kvinne, kvinnelig, jente, nainen, naispuolinen, tyttö, kobieta, kobiecy,
żeńska, żeński, pani, dziewczynka, 女, 女性, 여, 여자, 여성, женский, жен, ж, жіноча, жінка, γυναίκα, θήλυ, أنثى, انثى,
נקבה
`);

export const GENDER_OTHER = phrases(`
x, non-binary, nonbinary, non binary, enby, genderqueer, genderfluid, agender, intersex, transgender,
trans, other, diverse, prefer not to say, icke-binär, annat, annan, intersexuell, d, divers,
nichtbinär, nicht-binär, keine angabe, non-binaire, autre, no binario, no binaria, otro, otra,
non binario, altro, non-binair, overig, ikke-binær, andet, anden, annet, muu, ei-binäärinen,
niebinarny, niebinarna, inna, inne
`);
