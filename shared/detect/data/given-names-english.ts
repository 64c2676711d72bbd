/**
 * Most common given names in the United Kingdom and the United States, written from ONS "Baby
 * names in England and Wales" (annual tables and the historical top-100s) and the US Social
 * Security Administration's national baby-name data (decade top-200s), so both the names of
 * today's adults and of younger customers are covered. One list serves both countries: most
 * names are shared and the classifier does not need to tell them apart.
 */
import { words } from './words';

/** United Kingdom and United States (ONS, SSA). */
export const GIVEN_NAMES_GB_US = words(`
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret
Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca
Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha
Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce
Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline
Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Denise
Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla
Alexis Lori Ava Mia Amelia Harper Ella Chloe Grace Lily Poppy Isla Freya Florence Ivy Sienna Willow
Matilda Elsie Rosie Phoebe Evie Millie Holly Lucy Imogen Ruby Daisy Scarlett Zoe Layla Leah Aria
Eleanor Hazel Nora Riley Zoey Stella Violet Aurora Savannah Brooklyn Paisley Claire Skylar Lillian
Addison Natasha Gemma Kirsty Hayley Leanne Joanne Tracey Tracy Wendy Gillian Lesley
Jill Sheila Maureen Pauline Yvonne Fiona Alison Caroline Vanessa Louise Kerry Charlene Jade Chelsea
Courtney Tiffany James Robert John Michael David William Richard Joseph Thomas Christopher Charles
Daniel Matthew Anthony Mark Donald Steven Andrew Paul Joshua Kenneth Kevin Brian George Timothy
Ronald Jason Edward Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott
Brandon Benjamin Samuel Gregory Alexander Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron Jose
Adam Nathan Henry Zachary Douglas Peter Kyle Noah Ethan Jeremy Walter Christian Keith Roger Terry
Austin Sean Gerald Carl Harold Dylan Arthur Lawrence Jordan Jesse Bryan Billy Bruce Gabriel Joe
Logan Alan Juan Albert Willie Elijah Wayne Randy Vincent Mason Roy Ralph Bobby Russell Bradley
Philip Eugene Oliver Harry Leo Oscar Charlie Freddie Alfie Theo Archie Arlo Finley Teddy Reggie Toby
Louie Jude Rory Ronnie Tommy Albie Jaxon Liam Lucas Elias Sebastian Owen Carter Wyatt Grayson Levi
Hudson Lincoln Jayden Luke Isaac Caleb Hunter Connor Cameron Colin Craig Darren Gareth Gavin Graham
Ian Lee Martin Neil Nigel Simon Stuart Trevor Wesley Barry Clive Derek Duncan Glen Graeme Kieran
Declan Callum Jamie Ross Shaun Dean Marcus Dominic Ben Sam Tom Dan Mohammed Muhammad Ahmed Omar
Yusuf Ibrahim
`);
