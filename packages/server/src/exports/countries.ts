/**
 * Countries for the ACLED columns: ISO 3166-1 alpha-2 → numeric code, name and ACLED region. Names and
 * codes from GeoNames countryInfo (CC BY 4.0); regions as ACLED groups countries.
 */
const TABLE = `
AD|20|Andorra|Europe
AE|784|United Arab Emirates|Middle East
AF|4|Afghanistan|South Asia
AG|28|Antigua and Barbuda|Caribbean
AI|660|Anguilla|Caribbean
AL|8|Albania|Europe
AM|51|Armenia|Caucasus and Central Asia
AO|24|Angola|Middle Africa
AQ|10|Antarctica|Antarctica
AR|32|Argentina|South America
AS|16|American Samoa|Oceania
AT|40|Austria|Europe
AU|36|Australia|Oceania
AW|533|Aruba|Caribbean
AX|248|Aland Islands|Europe
AZ|31|Azerbaijan|Caucasus and Central Asia
BA|70|Bosnia and Herzegovina|Europe
BB|52|Barbados|Caribbean
BD|50|Bangladesh|South Asia
BE|56|Belgium|Europe
BF|854|Burkina Faso|Western Africa
BG|100|Bulgaria|Europe
BH|48|Bahrain|Middle East
BI|108|Burundi|Eastern Africa
BJ|204|Benin|Western Africa
BL|652|Saint Barthelemy|Caribbean
BM|60|Bermuda|North America
BN|96|Brunei|Southeast Asia
BO|68|Bolivia|South America
BQ|535|Bonaire, Saint Eustatius and Saba |Caribbean
BR|76|Brazil|South America
BS|44|Bahamas|Caribbean
BT|64|Bhutan|South Asia
BV|74|Bouvet Island|Antarctica
BW|72|Botswana|Southern Africa
BY|112|Belarus|Europe
BZ|84|Belize|Central America
CA|124|Canada|North America
CC|166|Cocos Islands|
CD|180|Democratic Republic of Congo|Middle Africa
CF|140|Central African Republic|Middle Africa
CG|178|Republic of Congo|Middle Africa
CH|756|Switzerland|Europe
CI|384|Ivory Coast|Western Africa
CK|184|Cook Islands|Oceania
CL|152|Chile|South America
CM|120|Cameroon|Middle Africa
CN|156|China|East Asia
CO|170|Colombia|South America
CR|188|Costa Rica|Central America
CU|192|Cuba|Caribbean
CV|132|Cabo Verde|Western Africa
CW|531|Curacao|Caribbean
CX|162|Christmas Island|Oceania
CY|196|Cyprus|Middle East
CZ|203|Czechia|Europe
DE|276|Germany|Europe
DJ|262|Djibouti|Eastern Africa
DK|208|Denmark|Europe
DM|212|Dominica|Caribbean
DO|214|Dominican Republic|Caribbean
DZ|12|Algeria|Northern Africa
EC|218|Ecuador|South America
EE|233|Estonia|Europe
EG|818|Egypt|Northern Africa
EH|732|Western Sahara|Northern Africa
ER|232|Eritrea|Eastern Africa
ES|724|Spain|Europe
ET|231|Ethiopia|Eastern Africa
FI|246|Finland|Europe
FJ|242|Fiji|Oceania
FK|238|Falkland Islands|South America
FM|583|Micronesia|Oceania
FO|234|Faroe Islands|Europe
FR|250|France|Europe
GA|266|Gabon|Middle Africa
GB|826|United Kingdom|Europe
GD|308|Grenada|Caribbean
GE|268|Georgia|Caucasus and Central Asia
GF|254|French Guiana|South America
GG|831|Guernsey|Europe
GH|288|Ghana|Western Africa
GI|292|Gibraltar|Europe
GL|304|Greenland|North America
GM|270|Gambia|Western Africa
GN|324|Guinea|Western Africa
GP|312|Guadeloupe|Caribbean
GQ|226|Equatorial Guinea|Middle Africa
GR|300|Greece|Europe
GS|239|South Georgia and the South Sandwich Islands|Antarctica
GT|320|Guatemala|Central America
GU|316|Guam|Oceania
GW|624|Guinea-Bissau|Western Africa
GY|328|Guyana|South America
HK|344|Hong Kong|East Asia
HM|334|Heard Island and McDonald Islands|Antarctica
HN|340|Honduras|Central America
HR|191|Croatia|Europe
HT|332|Haiti|Caribbean
HU|348|Hungary|Europe
ID|360|Indonesia|Southeast Asia
IE|372|Ireland|Europe
IL|376|Israel|Middle East
IM|833|Isle of Man|Europe
IN|356|India|South Asia
IO|86|British Indian Ocean Territory|
IQ|368|Iraq|Middle East
IR|364|Iran|Middle East
IS|352|Iceland|Europe
IT|380|Italy|Europe
JE|832|Jersey|Europe
JM|388|Jamaica|Caribbean
JO|400|Jordan|Middle East
JP|392|Japan|East Asia
KE|404|Kenya|Eastern Africa
KG|417|Kyrgyzstan|Caucasus and Central Asia
KH|116|Cambodia|Southeast Asia
KI|296|Kiribati|Oceania
KM|174|Comoros|Eastern Africa
KN|659|Saint Kitts and Nevis|Caribbean
KP|408|North Korea|East Asia
KR|410|South Korea|East Asia
XK|0|Kosovo|Europe
KW|414|Kuwait|Middle East
KY|136|Cayman Islands|Caribbean
KZ|398|Kazakhstan|Caucasus and Central Asia
LA|418|Laos|Southeast Asia
LB|422|Lebanon|Middle East
LC|662|Saint Lucia|Caribbean
LI|438|Liechtenstein|Europe
LK|144|Sri Lanka|South Asia
LR|430|Liberia|Western Africa
LS|426|Lesotho|Southern Africa
LT|440|Lithuania|Europe
LU|442|Luxembourg|Europe
LV|428|Latvia|Europe
LY|434|Libya|Northern Africa
MA|504|Morocco|Northern Africa
MC|492|Monaco|Europe
MD|498|Moldova|Europe
ME|499|Montenegro|Europe
MF|663|Saint Martin|Caribbean
MG|450|Madagascar|Eastern Africa
MH|584|Marshall Islands|Oceania
MK|807|North Macedonia|Europe
ML|466|Mali|Western Africa
MM|104|Myanmar|Southeast Asia
MN|496|Mongolia|East Asia
MO|446|Macao|East Asia
MP|580|Northern Mariana Islands|Oceania
MQ|474|Martinique|Caribbean
MR|478|Mauritania|Western Africa
MS|500|Montserrat|Caribbean
MT|470|Malta|Europe
MU|480|Mauritius|Eastern Africa
MV|462|Maldives|South Asia
MW|454|Malawi|Eastern Africa
MX|484|Mexico|Central America
MY|458|Malaysia|Southeast Asia
MZ|508|Mozambique|Eastern Africa
NA|516|Namibia|Southern Africa
NC|540|New Caledonia|Oceania
NE|562|Niger|Western Africa
NF|574|Norfolk Island|Oceania
NG|566|Nigeria|Western Africa
NI|558|Nicaragua|Central America
NL|528|The Netherlands|Europe
NO|578|Norway|Europe
NP|524|Nepal|South Asia
NR|520|Nauru|Oceania
NU|570|Niue|Oceania
NZ|554|New Zealand|Oceania
OM|512|Oman|Middle East
PA|591|Panama|Central America
PE|604|Peru|South America
PF|258|French Polynesia|Oceania
PG|598|Papua New Guinea|Oceania
PH|608|Philippines|Southeast Asia
PK|586|Pakistan|South Asia
PL|616|Poland|Europe
PM|666|Saint Pierre and Miquelon|North America
PN|612|Pitcairn|Oceania
PR|630|Puerto Rico|Caribbean
PS|275|Palestine|Middle East
PT|620|Portugal|Europe
PW|585|Palau|Oceania
PY|600|Paraguay|South America
QA|634|Qatar|Middle East
RE|638|Reunion|Eastern Africa
RO|642|Romania|Europe
RS|688|Serbia|Europe
RU|643|Russia|Europe
RW|646|Rwanda|Eastern Africa
SA|682|Saudi Arabia|Middle East
SB|90|Solomon Islands|Oceania
SC|690|Seychelles|Eastern Africa
SD|729|Sudan|Northern Africa
SS|728|South Sudan|Eastern Africa
SE|752|Sweden|Europe
SG|702|Singapore|Southeast Asia
SH|654|Saint Helena|Western Africa
SI|705|Slovenia|Europe
SJ|744|Svalbard and Jan Mayen|Europe
SK|703|Slovakia|Europe
SL|694|Sierra Leone|Western Africa
SM|674|San Marino|Europe
SN|686|Senegal|Western Africa
SO|706|Somalia|Eastern Africa
SR|740|Suriname|South America
ST|678|Sao Tome and Principe|Middle Africa
SV|222|El Salvador|Central America
SX|534|Sint Maarten|Caribbean
SY|760|Syria|Middle East
SZ|748|Eswatini|Southern Africa
TC|796|Turks and Caicos Islands|Caribbean
TD|148|Chad|Middle Africa
TF|260|French Southern Territories|Antarctica
TG|768|Togo|Western Africa
TH|764|Thailand|Southeast Asia
TJ|762|Tajikistan|Caucasus and Central Asia
TK|772|Tokelau|Oceania
TL|626|Timor Leste|Southeast Asia
TM|795|Turkmenistan|Caucasus and Central Asia
TN|788|Tunisia|Northern Africa
TO|776|Tonga|Oceania
TR|792|Turkey|Middle East
TT|780|Trinidad and Tobago|Caribbean
TV|798|Tuvalu|Oceania
TW|158|Taiwan|East Asia
TZ|834|Tanzania|Eastern Africa
UA|804|Ukraine|Europe
UG|800|Uganda|Eastern Africa
UM|581|United States Minor Outlying Islands|Oceania
US|840|United States|North America
UY|858|Uruguay|South America
UZ|860|Uzbekistan|Caucasus and Central Asia
VA|336|Vatican|Europe
VC|670|Saint Vincent and the Grenadines|Caribbean
VE|862|Venezuela|South America
VG|92|British Virgin Islands|Caribbean
VI|850|U.S. Virgin Islands|Caribbean
VN|704|Vietnam|Southeast Asia
VU|548|Vanuatu|Oceania
WF|876|Wallis and Futuna|Oceania
WS|882|Samoa|Oceania
YE|887|Yemen|Middle East
YT|175|Mayotte|Eastern Africa
ZA|710|South Africa|Southern Africa
ZM|894|Zambia|Eastern Africa
ZW|716|Zimbabwe|Eastern Africa
CS|891|Serbia and Montenegro|Europe
AN|530|Netherlands Antilles|Caribbean
`;

/** What the ACLED export needs to know of a country. */
export interface Country {
  iso: number;
  name: string;
  region: string;
}

const COUNTRIES = new Map<string, Country>(
  TABLE.trim()
    .split("\n")
    .map((line) => {
      const [code = "", iso = "0", name = "", region = ""] = line.split("|");
      return [code, { iso: Number(iso), name, region }];
    }),
);

/** The country with this ISO alpha-2 code, if known. */
export function countryByCode(code: string | null): Country | undefined {
  return code ? COUNTRIES.get(code.toUpperCase()) : undefined;
}
