/**
 * Most common surnames in the United Kingdom and the United States, written from the US Census
 * Bureau's "Frequently Occurring Surnames" (2010 census) and the ONS-derived Great Britain
 * surname frequencies. One list serves both countries.
 */
import { words } from './words';

/** United Kingdom and United States (US Census Bureau, ONS). */
export const SURNAMES_GB_US = words(`
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez
Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark
Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams
Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker
Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper
Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James
Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez
Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez
Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole
Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens
Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker
Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz
Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice
Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley
Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham
Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman
Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval Davies Lloyd Hussain
Khan Ali Ahmed Shah Begum Singh Kaur Walsh O'Brien O'Connor O'Neill McCarthy Byrne Doyle Quinn
MacDonald Fraser Reid Ritchie Paterson Thomson Kerr Barker Chapman Clarke Cartwright Dawson Fletcher
Gill Goodwin Holland Hopkins Jennings Lamb Marsh Newman Norris Page Pearson Pritchard Rowe Saunders
Sharp Skinner Slater Sutton Townsend Wade Walton Watts Wheeler Whitehead Wilkinson Yates Atkinson
Bolton Burton Chambers Dale Dyer Fowler Hammond Hancock Heath Horton Kay Lowe Moss Nash Oliver
Parsons Rhodes Steele Storey Vaughan Webster Winter
`);
