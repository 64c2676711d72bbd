/**
 * Health vocabulary (GDPR Art. 9): common diagnoses and conditions in the eleven languages, as a
 * patient list, an HR sick-leave export or a support ticket writes them, and common medications
 * by their international non-proprietary name (INN, the WHO generic name, which is also what
 * the national formularies FASS, Rote Liste, Vidal, AEMPS, AIFA and the BNF list under). The
 * condition lists follow the WHO ICD-10 chapter titles' everyday names; the medication list the
 * most prescribed generics in the OECD countries. Words that are also everyday vocabulary
 * ("cold", "stroke", "pressure") are left out or written as their unambiguous phrase, because the
 * free-text scanner looks these up on single words of running text.
 */
import { phrases, words } from './words';

export const CONDITIONS_EN = phrases(`
diabetes, type 1 diabetes, type 2 diabetes, asthma, hypertension, high blood pressure, depression,
anxiety, anxiety disorder, bipolar disorder, schizophrenia, adhd, autism, dementia, alzheimer's,
alzheimers, parkinson's, parkinsons, epilepsy, migraine, cancer, breast cancer, lung cancer,
prostate cancer, leukemia, leukaemia, lymphoma, tumour, tumor, copd, bronchitis, pneumonia,
tuberculosis, hiv, hepatitis, hepatitis c, covid-19, influenza, arthritis, rheumatoid arthritis,
osteoarthritis, osteoporosis, multiple sclerosis, heart failure, heart disease,
coronary artery disease, myocardial infarction, heart attack, atrial fibrillation, angina, obesity,
hypothyroidism, hyperthyroidism, chronic kidney disease, kidney failure, crohn's disease,
ulcerative colitis, celiac disease, coeliac disease, psoriasis, eczema, anorexia, bulimia,
eating disorder, ptsd, ocd, insomnia, sleep apnea, glaucoma, cataract, hiv positive, pregnant,
pregnancy, miscarriage, infertility, substance abuse, alcoholism, addiction, endometriosis,
fibromyalgia, chronic fatigue syndrome, burnout, stroke patient, down syndrome, cerebral palsy,
cystic fibrosis, sickle cell anemia, hemophilia, haemophilia, alzheimer's disease, parkinson's disease,
prediabetes, anemia, anaemia, hyperlipidemia, hypercholesterolemia, high cholesterol,
hypertriglyceridemia, metabolic syndrome, pharyngitis, sinusitis, rhinitis, tonsillitis, otitis media,
conjunctivitis, gastroenteritis, appendicitis, pancreatitis, cholecystitis, cirrhosis, gout, lupus,
sepsis, cellulitis, dermatitis, urinary tract infection, kidney stones, gallstones, peptic ulcer,
acid reflux, irritable bowel syndrome, concussion, fracture, sprain, laceration, sciatica,
low back pain, chronic pain, neuropathy, retinopathy, diabetic retinopathy, nephropathy,
macular degeneration, tinnitus, atherosclerosis, cardiomyopathy, arrhythmia, herpes zoster, chlamydia,
gonorrhea, syphilis, hepatitis b, measles, malaria, anaphylaxis, food allergy, peanut allergy,
lactose intolerance, gluten intolerance, osteopenia, preeclampsia, gestational diabetes,
postpartum depression, drug overdose, opioid dependence, alcohol dependence, long covid
`);

export const CONDITIONS_SV = phrases(`
diabetes, typ 1-diabetes, typ 2-diabetes, astma, högt blodtryck, hypertoni, depression, ångest,
ångestsyndrom, bipolär sjukdom, schizofreni, adhd, autism, demens, alzheimers sjukdom,
parkinsons sjukdom, epilepsi, migrän, cancer, bröstcancer, lungcancer, prostatacancer, leukemi,
lymfom, tumör, bronkit, lunginflammation, tuberkulos, hepatit, influensa, ledgångsreumatism,
reumatism, artros, benskörhet, osteoporos, hjärtsvikt, hjärtinfarkt, förmaksflimmer, kärlkramp,
fetma, struma, njursvikt, crohns sjukdom, ulcerös kolit, celiaki, psoriasis, eksem, anorexi, bulimi,
ätstörning, ptsd, utmattningssyndrom, utbrändhet, sömnapné, grön starr, grå starr, gravid,
graviditet, missfall, infertilitet, alkoholism, missbruk, sjukskriven, sjukskrivning
`);

export const CONDITIONS_DE = phrases(`
Diabetes, Zuckerkrankheit, Asthma, Bluthochdruck, Hypertonie, Depression, Depressionen, Angststörung,
bipolare Störung, Schizophrenie, ADHS, Autismus, Demenz, Alzheimer, Parkinson, Epilepsie, Migräne,
Krebs, Brustkrebs, Lungenkrebs, Prostatakrebs, Leukämie, Lymphom, Tumor, Bronchitis,
Lungenentzündung, Tuberkulose, Hepatitis, Grippe, Arthritis, Rheuma, Arthrose, Osteoporose,
Multiple Sklerose, Herzinsuffizienz, Herzinfarkt, Vorhofflimmern, Angina pectoris, Adipositas,
Übergewicht, Schilddrüsenunterfunktion, Schilddrüsenüberfunktion, Niereninsuffizienz, Morbus Crohn,
Colitis ulcerosa, Zöliakie, Schuppenflechte, Neurodermitis, Magersucht, Bulimie, Essstörung, PTBS,
Schlafstörung, Schlafapnoe, Grüner Star, Grauer Star, schwanger, Schwangerschaft, Fehlgeburt,
Unfruchtbarkeit, Alkoholismus, Sucht, Schlaganfall, krankgeschrieben, Arbeitsunfähigkeit, Burnout
`);

export const CONDITIONS_FR = phrases(`
diabète, asthme, hypertension, hypertension artérielle, dépression, anxiété, trouble anxieux,
trouble bipolaire, schizophrénie, TDAH, autisme, démence, maladie d'Alzheimer, maladie de Parkinson,
épilepsie, migraine, cancer du sein, cancer du poumon, cancer de la prostate, leucémie, lymphome,
tumeur, BPCO, bronchite, pneumonie, tuberculose, hépatite, grippe, arthrite, polyarthrite rhumatoïde,
arthrose, ostéoporose, sclérose en plaques, insuffisance cardiaque, infarctus, crise cardiaque,
fibrillation auriculaire, obésité, hypothyroïdie, hyperthyroïdie, insuffisance rénale,
maladie de Crohn, rectocolite hémorragique, maladie cœliaque, psoriasis, eczéma, anorexie, boulimie,
trouble alimentaire, TSPT, insomnie, apnée du sommeil, glaucome, cataracte, enceinte, grossesse,
fausse couche, infertilité, alcoolisme, toxicomanie, AVC, accident vasculaire cérébral,
arrêt maladie, épuisement professionnel
`);

export const CONDITIONS_ES = phrases(`
diabetes, asma, hipertensión, presión arterial alta, depresión, ansiedad, trastorno de ansiedad,
trastorno bipolar, esquizofrenia, TDAH, autismo, demencia, alzhéimer, párkinson, epilepsia, migraña,
cáncer, cáncer de mama, cáncer de pulmón, cáncer de próstata, leucemia, linfoma, tumor, EPOC,
bronquitis, neumonía, tuberculosis, hepatitis, gripe, artritis, artritis reumatoide, artrosis,
osteoporosis, esclerosis múltiple, insuficiencia cardíaca, infarto, fibrilación auricular,
angina de pecho, obesidad, hipotiroidismo, hipertiroidismo, insuficiencia renal, enfermedad de Crohn,
colitis ulcerosa, celiaquía, psoriasis, eccema, anorexia, bulimia, trastorno alimentario, TEPT,
insomnio, apnea del sueño, glaucoma, cataratas, embarazada, embarazo, aborto espontáneo,
infertilidad, alcoholismo, drogadicción, ictus, baja médica
`);

export const CONDITIONS_IT = phrases(`
diabete, asma, ipertensione, pressione alta, depressione, ansia, disturbo d'ansia, disturbo bipolare,
schizofrenia, ADHD, autismo, demenza, morbo di Alzheimer, morbo di Parkinson, epilessia, emicrania,
cancro, tumore, carcinoma, cancro al seno, cancro ai polmoni, leucemia, linfoma, BPCO, bronchite,
polmonite, tubercolosi, epatite, influenza, artrite, artrite reumatoide, artrosi, osteoporosi,
sclerosi multipla, insufficienza cardiaca, infarto, fibrillazione atriale, angina pectoris, obesità,
ipotiroidismo, ipertiroidismo, insufficienza renale, morbo di Crohn, colite ulcerosa, celiachia,
psoriasi, eczema, anoressia, bulimia, disturbo alimentare, insonnia, apnea notturna, glaucoma,
cataratta, incinta, gravidanza, aborto spontaneo, infertilità, alcolismo, tossicodipendenza, ictus,
malattia, in malattia
`);

export const CONDITIONS_NL = phrases(`
diabetes, suikerziekte, astma, hoge bloeddruk, hypertensie, depressie, angststoornis,
bipolaire stoornis, schizofrenie, ADHD, autisme, dementie, ziekte van Alzheimer,
ziekte van Parkinson, epilepsie, migraine, kanker, borstkanker, longkanker, prostaatkanker, leukemie,
lymfoom, tumor, COPD, bronchitis, longontsteking, tuberculose, hepatitis, griep, artritis, reuma,
artrose, osteoporose, multiple sclerose, hartfalen, hartinfarct, boezemfibrilleren, angina pectoris,
obesitas, overgewicht, schildklierziekte, nierfalen, ziekte van Crohn, colitis ulcerosa, coeliakie,
psoriasis, eczeem, anorexia, boulimia, eetstoornis, PTSS, slapeloosheid, slaapapneu, staar, zwanger,
zwangerschap, miskraam, onvruchtbaarheid, alcoholisme, verslaving, beroerte, ziekmelding, burn-out
`);

export const CONDITIONS_DA_NO = phrases(`
sukkersyge, diabetes, astma, forhøjet blodtryk, høyt blodtrykk, depression, depresjon, angst,
bipolar lidelse, skizofreni, ADHD, autisme, demens, Alzheimers sygdom, Parkinsons sygdom, epilepsi,
migræne, migrene, kræft, kreft, brystkræft, brystkreft, lungekræft, lungekreft, leukæmi, leukemi,
lymfom, tumor, bronkitis, lungebetændelse, lungebetennelse, tuberkulose, hepatitis, influenza,
leddegigt, leddgikt, slidgigt, artrose, knogleskørhed, benskjørhet, sklerose, hjertesvigt,
hjertesvikt, blodprop i hjertet, hjerteinfarkt, atrieflimren, atrieflimmer, fedme, stofskiftesygdom,
nyresvigt, nyresvikt, Crohns sygdom, cøliaki, psoriasis, eksem, anoreksi, bulimi, spiseforstyrrelse,
PTSD, søvnapnø, grøn stær, grå stær, gravid, graviditet, barnløshed, alkoholisme, misbrug,
rusmisbruk, blodprop i hjernen, hjerneslag, sygemeldt, sykmeldt
`);

export const CONDITIONS_FI = phrases(`
diabetes, sokeritauti, astma, verenpainetauti, korkea verenpaine, masennus, ahdistus,
ahdistuneisuushäiriö, kaksisuuntainen mielialahäiriö, skitsofrenia, ADHD, autismi, dementia,
Alzheimerin tauti, Parkinsonin tauti, epilepsia, migreeni, syöpä, rintasyöpä, keuhkosyöpä,
eturauhassyöpä, leukemia, lymfooma, kasvain, keuhkoahtaumatauti, keuhkoputkentulehdus, keuhkokuume,
tuberkuloosi, hepatiitti, influenssa, nivelreuma, nivelrikko, osteoporoosi, MS-tauti,
sydämen vajaatoiminta, sydäninfarkti, eteisvärinä, lihavuus, kilpirauhasen vajaatoiminta,
munuaisten vajaatoiminta, Crohnin tauti, keliakia, psoriaasi, ihottuma, anoreksia, bulimia,
syömishäiriö, unettomuus, uniapnea, glaukooma, kaihi, raskaus, raskaana, keskenmeno, lapsettomuus,
alkoholismi, päihderiippuvuus, aivoinfarkti, aivohalvaus, sairauslomalla, sairausloma, työuupumus
`);

export const CONDITIONS_PL = phrases(`
cukrzyca, astma, nadciśnienie, nadciśnienie tętnicze, depresja, lęk, zaburzenia lękowe,
choroba afektywna dwubiegunowa, schizofrenia, ADHD, autyzm, demencja, otępienie, choroba Alzheimera,
choroba Parkinsona, padaczka, epilepsja, migrena, nowotwór, rak, rak piersi, rak płuc, rak prostaty,
białaczka, chłoniak, guz, POChP, zapalenie oskrzeli, zapalenie płuc, gruźlica, żółtaczka, grypa,
reumatoidalne zapalenie stawów, zwyrodnienie stawów, osteoporoza, stwardnienie rozsiane,
niewydolność serca, zawał serca, zawał, migotanie przedsionków, dławica piersiowa, otyłość,
niedoczynność tarczycy, nadczynność tarczycy, niewydolność nerek, choroba Leśniowskiego-Crohna,
celiakia, łuszczyca, egzema, anoreksja, bulimia, bezsenność, bezdech senny, jaskra, zaćma, ciąża,
w ciąży, poronienie, niepłodność, alkoholizm, uzależnienie, udar, udar mózgu, zwolnienie lekarskie
`);

/** International non-proprietary names; most languages only add an ending, handled by the vocabulary. */
export const MEDICATIONS = words(`
metformin atorvastatin simvastatin rosuvastatin pravastatin lisinopril enalapril ramipril amlodipine
losartan valsartan candesartan irbesartan telmisartan hydrochlorothiazide chlortalidone furosemide
bumetanide spironolactone bisoprolol metoprolol atenolol propranolol carvedilol nebivolol diltiazem
verapamil nifedipine doxazosin clonidine warfarin apixaban rivaroxaban dabigatran edoxaban
clopidogrel ticagrelor aspirin digoxin amiodarone levothyroxine thyroxine carbimazole insulin
glimepiride gliclazide sitagliptin empagliflozin dapagliflozin liraglutide semaglutide dulaglutide
pioglitazone omeprazole esomeprazole pantoprazole lansoprazole ranitidine famotidine ondansetron
metoclopramide loperamide mesalazine prednisolone prednisone dexamethasone hydrocortisone budesonide
fluticasone beclometasone salbutamol albuterol formoterol salmeterol tiotropium montelukast
cetirizine loratadine desloratadine fexofenadine amoxicillin clavulanate penicillin
phenoxymethylpenicillin flucloxacillin doxycycline azithromycin clarithromycin erythromycin
ciprofloxacin levofloxacin nitrofurantoin trimethoprim sulfamethoxazole cefalexin ceftriaxone
metronidazole clindamycin fluconazole aciclovir valaciclovir oseltamivir paracetamol acetaminophen
ibuprofen naproxen diclofenac celecoxib codeine tramadol morphine oxycodone fentanyl buprenorphine
methadone gabapentin pregabalin amitriptyline nortriptyline sertraline citalopram escitalopram
fluoxetine paroxetine venlafaxine duloxetine mirtazapine bupropion trazodone vortioxetine quetiapine
olanzapine risperidone aripiprazole haloperidol clozapine lamotrigine levetiracetam valproate
carbamazepine topiramate diazepam lorazepam alprazolam clonazepam oxazepam zopiclone zolpidem
melatonin methylphenidate lisdexamfetamine atomoxetine donepezil memantine levodopa ropinirole
pramipexole sumatriptan tamsulosin finasteride sildenafil tadalafil oxybutynin mirabegron
alendronate colecalciferol methotrexate hydroxychloroquine adalimumab etanercept infliximab
tamoxifen letrozole anastrozole allopurinol colchicine folic isotretinoin estradiol levonorgestrel
desogestrel progesterone testosterone epinephrine adrenaline naloxone varenicline ezetimibe
fenofibrate nitroglycerin isosorbide
`);
