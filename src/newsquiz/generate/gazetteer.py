"""Word lists the extractors look names up in: Faker's given and family names, places, titles.

Faker's name tables are read once, lazily, on first use; everything else is a small frozen set.
"""

from newsquiz.generate.quantities import MONTHS
from newsquiz.generate.textutil import words

# countries (a figure "owned" by a place is a country's), and with them every place we know
COUNTRIES = frozenset(
    words(
        """Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan
    Bahrain Bangladesh Belarus Belgium Bolivia Bosnia Botswana Brazil Britain Bulgaria Cambodia
    Cameroon Canada Chile China Colombia Congo Croatia Cuba Cyprus Denmark Ecuador Egypt
    England Estonia Ethiopia Finland France Gabon Georgia Germany Ghana Greece Guatemala Haiti
    Holland Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica
    Japan Jordan Kazakhstan Kenya Korea Kuwait Latvia Lebanon Libya Lithuania Luxembourg
    Malaysia Mali Malta Mexico Moldova Mongolia Morocco Mozambique Namibia Nepal Netherlands
    Nicaragua Niger Nigeria Norway Oman Pakistan Panama Paraguay Peru Philippines Poland
    Portugal Qatar Romania Russia Rwanda Scotland Senegal Serbia Singapore Slovakia Slovenia
    Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tanzania Thailand Tunisia Turkey
    Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe US USA UK"""
    )
    | {
        "South Africa",
        "South Korea",
        "North Korea",
        "New Zealand",
        "Saudi Arabia",
        "Sri Lanka",
        "United States",
        "United Kingdom",
        "Czech Republic",
        "Ivory Coast",
        "West Bank",  # a territory: "It" after "the World Bank report" was never it
        "Gaza Strip",
        # countries of 1987 newswire, and names written as one word there
        "West Germany",
        "East Germany",
        "Soviet Union",
        "United Arab Emirates",
        "UAE",
        "Hongkong",
        "Zaire",
        "Burma",
        "Costa Rica",
        "Puerto Rico",
        "El Salvador",
        "Dominican Republic",
        "Papua New Guinea",
    }
)

PLACES = (
    COUNTRIES
    | words(
        """Europe Africa Asia America EU Beijing Shanghai Shenzhen Guangzhou Tokyo Osaka Seoul
    Delhi Mumbai Bombay London Paris Berlin Frankfurt Munich Madrid Rome Milan Moscow Washington
    Chicago Boston Dallas Houston Detroit Seattle Atlanta Miami Toronto Sydney Melbourne Dubai
    Istanbul Cairo Lagos Johannesburg Brussels Amsterdam Zurich Geneva Vienna Stockholm Oslo
    Copenhagen Helsinki Dublin Edinburgh Glasgow Manchester Birmingham Liverpool Leeds Bristol
    Cardiff Belfast Lisbon Athens Warsaw Prague Budapest Kiev Kyiv Jakarta Manila Bangkok Hanoi
    Karachi Tehran Baghdad Riyadh Caracas Lima Bogota Santiago Havana Nairobi Wellington
    Auckland Ottawa Montreal Vancouver Davos Texas California Florida Ohio Alaska Virginia
    Michigan Hawaii Bavaria Siberia Quebec Ontario Alberta Manitoba Saskatchewan Newfoundland
    Illinois Nebraska Iowa Kansas Colorado Oregon Louisiana Oklahoma Arizona Nevada Pennsylvania
    Massachusetts Minnesota Wisconsin Missouri Tennessee Kentucky Indiana Utah Montana Idaho
    Wyoming Arkansas Mississippi Alabama Connecticut Maryland Delaware Vermont Maine Queensland
    Tasmania Guangdong Sichuan Jiangsu Zhejiang Fujian Hainan Maharashtra Gujarat Karnataka
    Kerala Catalonia Lombardy Scandinavia"""
    )
    | {
        "British Columbia",
        "Nova Scotia",
        "New Brunswick",
        "New Jersey",
        "New Mexico",
        "North Carolina",
        "South Carolina",
        "North Dakota",
        "South Dakota",
        "West Virginia",
        "New South Wales",
        "Western Australia",
        "Tamil Nadu",
        "Hong Kong",
        "New York",
        "Los Angeles",
        "San Francisco",
        "Latin America",
        "North America",
        "South America",
        "Middle East",
        "Chinese mainland",
        "New Delhi",
        "Buenos Aires",
        "Rio de Janeiro",
        "Sao Paulo",
        "Mexico City",
        "Tel Aviv",
        "Kuala Lumpur",
        "Abu Dhabi",
        "Wall Street",
        "Silicon Valley",
        "Western Europe",
        "Eastern Europe",
        "Asia Pacific",
    }
)

TITLE_WORDS = words(
    """President Vice Senior Executive Chief Officer Chairman Chairwoman Chair Director Managing
    General Manager Head Founder Co-founder Minister Secretary Governor Chancellor Treasurer
    Spokesman Spokeswoman Spokesperson Analyst Economist Boss Deputy Commissioner Chief Partner
    Financial Operating Technology Marketing Prime Mr Mrs
    Ms Dr Sir Lord Lady Professor Prof CEO CFO COO CTO Executive Acting Interim Former Non-executive
    Group Sales Senator Congressman Premier Mayor King Queen Prince
    Sheikh Judge Attorney Crown Rep Sen"""
)
PERSON_TITLES = (
    "senior vice president",
    "executive vice president",
    "vice president",
    "chief executive officer",
    "chief executive",
    "chief financial officer",
    "chief operating officer",
    "chief technology officer",
    "chief economist",
    "chief strategist",
    "finance director",
    "managing director",
    "general manager",
    "chairman and chief executive",
    "vice chairman",
    "vice-chairman",
    "chairman",
    "chairwoman",
    "president",
    "founder",
    "co-founder",
    "director",
    "chief",
    "head",
    "finance minister",
    "trade minister",
    "economy minister",
    "prime minister",
    "minister",
    "chancellor",
    "governor",
    "treasury secretary",
    "trade secretary",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "analyst",
    "economist",
    "boss",
    "deputy governor",
    "commissioner",
    "partner",
    "rep.",  # "Rep. Glenn English (D-Okla.)": a US congressman
    "sen.",
)
ORG_HEADS = words(
    """Group Bank Inc Corp Corporation Ltd Plc plc Holdings Airlines Airways Air Motors Motor
    Securities Exchange Commission Fund Authority Agency Ministry Department Council Board
    Reserve Association Institute Organisation Organization Union Capital Partners Investments
    Industries Energy Oil Petroleum Telecom Telecommunications Communications Media Pictures
    Entertainment Pharmaceuticals Pharma Foods Systems Technologies Technology Electronics
    Insurance Trust Office Court Party Times Post Journal News Parliament Congress Treasury
    Company Co Brothers Bros Stores Mobile Networks Network Railways Rail Steel Mining
    Chemicals Brewing Breweries Financial Services Software Computer Computers Records Music
    Studios Federation Chamber Bureau Administration Foundation Society Consortium Alliance
    Cola Express Mail Telegraph Herald Tribune Gazette Standard Observer Guardian Economist
    Review Magazine Press Newspaper Television TV Radio Broadcasting Sachs Lynch
    Stanley Chase Citigroup Semiconductor Mart Market Markets Sports Retail Resources Works
    Auto Automotive Electric Gas Power Utilities Water Tobacco Beverages Cosmetics Apparel
    Universal Airbus Boeing Nasdaq Dow OPEC IMF WTO Aid Watch Foundation Initiative United
    Programme Program Unit Re Limited"""
)
ORG_CUES = words(
    """firm company group giant maker makers rival retailer carrier bank outlet newspaper agency
    operator airline brand chain conglomerate insurer lender supermarket broker bookseller
    publisher producer manufacturer carmaker automaker brewer regulator watchdog network
    broadcaster website site channel firms companies banks auditor auditors accountancy"""
)
INSTITUTION_POOL = (
    "European Central Bank",
    "Bank of England",
    "Bank of Japan",
    "International Monetary Fund",
    "World Bank",
    "US Treasury",
    "European Commission",
    "World Trade Organization",
    "Securities and Exchange Commission",
    "Financial Services Authority",
)
# companies known by their initials: "Which company" asks for them, never "which organisation"
COMPANY_ACRONYMS = words(
    """BMW BP BT IBM HSBC EMI ITV UBS RBS BAE EADS KLM BHP AOL NBC CBS CNN GM AIG ING NEC JAL
    ANA LVMH SAP AMD HP GE TDK NTT KDDI SBC MCI ABN ICI GKN BSkyB"""
)
BRAND_NAMES = words(
    """Benz Bosch Vuitton Hilfiger Royce Schweppes Sainsbury Kellogg Heinz Gillette Packard
    Hewlett Marriott Lauder"""
)
MEDIA_POOL = (
    "Reuters",
    "Bloomberg",
    "Caixin",
    "Nikkei",
    "Xinhua",
    "Dow Jones",
    "the Financial Times",
    "the Wall Street Journal",
    "the New York Times",
    "the Washington Post",
    "the Guardian",
    "the Daily Telegraph",
    "Yicai",
    "Sina Tech",
    "36Kr",
    "The Economist",
)


# Word lists the entity classifier consults.
OF_HEADS = words(
    """Bank Ministry Department Bureau Institute Federation Chamber Association Organisation
    Organization Commission University Office Council Union Court Bureau Agency Corp
    Corporation"""
)  # "Financial Corp of America" is one name
LEADING = words(
    """The A An In On At Of For But And Or However According Before After Later Since While
    When Where What Which Who Why How This That These Those It Its He She They We I You Our
    Their His Her There Here Such Some Many Most Also Yet Still Meanwhile Despite Although
    Though Because If As By From With Without Under Over Into Both Each Every No Not Only
    Just Even Now Then Thus So Last Next Shares Sales Profits Analysts Mr Mrs Ms Dr
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday"""
)
INSTITUTION_HEADS = words(
    """Exchange Commission Authority Agency Ministry Department Council Board Reserve Union
    Office Court Party Parliament Congress Treasury Fund Bureau Administration Federation
    Institute Association Organisation Organization"""
)
CORPORATE_TITLES = words(
    "President Chairman Chairwoman Chief CEO Boss Founder Director Head Vice Senior"
)
NOT_NAMES = frozenset(
    set(MONTHS)
    | words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
    | words(
        """The A An In On At Of For But And Or However According Before After Later Since
        While When Where What Which Who Why How This That These Those It Its He She They We I
        You Our Their His Her Mr Mrs Ms Dr There Here Such Some Many Most Much More Other Others
        Also Yet Still Meanwhile Despite Although Though Because If As By From With Without Under
        Over Into Last Next First Second Third New Chinese American British European German French
        Japanese Italian Spanish Russian Indian Korean Dutch Swiss Swedish Canadian Australian
        Asian African Brazilian Mexican Irish Scottish Welsh English Arab Israeli Turkish Greek
        Polish Western Eastern Northern Southern Internet Christmas Easter SEE ALSO Q1 Q2 Q3 Q4
        Saudi Iraqi Iranian Egyptian Nigerian Pakistani Thai Vietnamese Indonesian Malaysian
        Filipino Argentine Argentinian Chilean Colombian Venezuelan Peruvian Norwegian Danish
        Finnish Belgian Austrian Portuguese Czech Hungarian Romanian Ukrainian Kenyan Singaporean
        Taiwanese Latin Gulf Islamic Muslim Christian Catholic Republican Republicans Democrat
        Democrats Democratic Conservative Conservatives Labour Tory Tories Liberal Federal
        National International Global World Royal State Central Foreign Finance Trade Economy
        Commerce Treasury Energy Industry Budget Secretary
        Turkmen Kazakh Uzbek Azeri Afghan Kuwaiti Emirati Qatari Omani Yemeni Libyan Algerian
        Moroccan Tunisian Sudanese Ethiopian Ghanaian Zimbabwean Zambian Ugandan Tanzanian
        Lebanese Syrian Jordanian Palestinian Bangladeshi Nepalese Burmese Cambodian Mongolian
        Georgian Armenian Belarusian Lithuanian Latvian Estonian Slovak Slovenian Croatian
        Serbian Bulgarian Icelandic Cuban Ecuadorian Bolivian Uruguayan Paraguayan Nicaraguan
        Ecuadorean Guatemalan Honduran Salvadorean Salvadoran Panamanian Jamaican Haitian Ivorian
        Malawian Mozambican Angolan Namibian Bahraini Slovak Albanian Cypriot Senegalese
        Cameroonian Gabonese Congolese Zairean Rwandan Mauritian Liberian Yugoslav
        All Both Each Every No Not Only Just Even Now Then Thus So Shares Sales Profits Analysts
        Economists Investors Officials Government Ministers Minister President Chairman Chief
        Aids HIV Sars"""
    )
)
_NATIONALITY_ENDINGS = ("an", "ese", "ish", "ian", "i", "ch", "ss", "ek", "ic")
NATIONALITIES = (
    frozenset(  # "French", "Saudi", "Dutch", "Swiss": the adjectives of NOT_NAMES
        word
        for word in NOT_NAMES
        if word[:1].isupper() and word.endswith(_NATIONALITY_ENDINGS) and len(word) > 3
    )
    | {"Filipino", "Argentine", "Thai"}
)
NOT_ORG_ACRONYMS = words(
    """LCD TV TVs DVD DVDs PC PCs GDP CEO CFO COO IT IPO GMT BST EST ET PDA SMS MP3 CD CDs ATM
    ATMs VAT AIDS HIV SUV SUVs ID PR HR AGM CPI RPI FTSE DAX CAC G7 G8 G20 OK AM PM TB GB MB
    LNG LPG GM BSE SARS WiFi EPS PE NGO NGOs CO2 DNA MS FDI GSM CDMA WAP OTC"""
)
MEDIA_NAMES = words(
    """FT WSJ AP Reuters Bloomberg Xinhua Interfax Nikkei Itar-Tass Dow Jones AFP CNN CNBC"""
)
MEDIA_HEADS = words(
    """Times Post Journal News Telegraph Herald Tribune Gazette Observer Guardian Economist
    Press Mail Independent Standard Express Chronicle Magazine"""
)
STAFF_TITLES = words("analyst economist spokesman spokeswoman spokesperson strategist partner")
EVENT_TAILS = words("Cup Final Awards Award Prize Games Olympics Show Festival Week Day")
TITLE_CONTINUATIONS = words("Financial Operating Technology Marketing Officer Executive")
NAME_PARTICLES = words("da de del dos di van von der")  # "Lula da Silva", "Pieter van der Vorm"
