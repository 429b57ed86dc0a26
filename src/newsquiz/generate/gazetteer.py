"""Word lists the extractors look names up in: Faker's given and family names, places, titles.

Faker's name tables are read once, lazily, on first use; everything else is a small frozen set.
"""

from functools import cache

from newsquiz.generate.quantities import MONTHS
from newsquiz.generate.textutil import words

CHINESE_SURNAMES_EXTRA = words(
    """Shang Bao Bi Chai Chu Dou Fei Geng Gou Hou Hua Ji Jia Jiang Jin Kang Kong Lai Lian Liao
    Lou Meng Mo Mu Ning Niu Ou Pan Pei Peng Qi Qian Qiao Qin Qiu Qu Ren Rong Ruan Shao Shen
    Shi Si Sui Tang Tao Tian Wan Wei Wen Weng Wu Xi Xia Xiang Xiao Xie Xing Xiong Xu Xue Yan
    Yang Yao Ye Yi Yin Ying You Yu Yuan Yue Zang Zeng Zhai Zhan Zhang Zhao Zheng Zhong Zhou Zhu
    Zhuang Zou Ma Li Liu Lin Luo Guo He Hu Huang Sun Song Cheng Chen Dong Deng Du Fan Fang Feng
    Gao Gu Han Hao Lu Lei Wang Cai Cao Cui Dai Ding Duan Fu Gong Jiao Kim Lee Park Choi Jung Kang
    Cho Yoon Jang Lim Nguyen Tran Pham Le Vu Vo Dang Bui Do Ho Ngo Duong Ly"""
)
PLACES = (
    words(
        """Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain
    Bangladesh Belarus Belgium Bolivia Bosnia Botswana Brazil Britain Bulgaria Cambodia Cameroon
    Canada Chile China Colombia Congo Croatia Cuba Cyprus Denmark Ecuador Egypt England Estonia
    Ethiopia Europe Africa Asia America Finland France Gabon Georgia Germany Ghana Greece
    Guatemala Haiti Holland Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel
    Italy Jamaica Japan Jordan Kazakhstan Kenya Korea Kuwait Latvia Lebanon Libya Lithuania
    Luxembourg Malaysia Mali Malta Mexico Moldova Mongolia Morocco Mozambique Namibia Nepal
    Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Panama Paraguay Peru Philippines
    Poland Portugal Qatar Romania Russia Rwanda Scotland Senegal Serbia Singapore Slovakia
    Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tanzania Thailand Tunisia
    Turkey Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe
    US USA UK EU Beijing Shanghai Shenzhen Guangzhou Tokyo Osaka Seoul Delhi Mumbai Bombay
    London Paris Berlin Frankfurt Munich Madrid Rome Milan Moscow Washington Chicago Boston Dallas
    Houston Detroit Seattle Atlanta Miami Toronto Sydney Melbourne Dubai Istanbul Cairo Lagos
    Johannesburg Brussels Amsterdam Zurich Geneva Vienna Stockholm Oslo Copenhagen Helsinki
    Dublin Edinburgh Glasgow Manchester Birmingham Liverpool Leeds Bristol Cardiff Belfast
    Lisbon Athens Warsaw Prague Budapest Kiev Kyiv Jakarta Manila Bangkok Hanoi Karachi Tehran
    Baghdad Riyadh Caracas Lima Bogota Santiago Havana Nairobi Wellington Auckland Ottawa
    Montreal Vancouver Davos Texas California Florida Ohio Alaska Virginia Michigan Hawaii
    Bavaria Siberia Yukos Gulf Hong Kong Wall Street"""
    )
    | frozenset(
        {
            "Hong Kong",
            "New York",
            "Los Angeles",
            "San Francisco",
            "South Africa",
            "South Korea",
            "North Korea",
            "New Zealand",
            "Saudi Arabia",
            "Sri Lanka",
            "Latin America",
            "North America",
            "South America",
            "Middle East",
            "United States",
            "United Kingdom",
            "Chinese mainland",
            "New Delhi",
            "Buenos Aires",
            "Rio de Janeiro",
            "Sao Paulo",
            "Mexico City",
            "Tel Aviv",
            "Kuala Lumpur",
            "Abu Dhabi",
            "Czech Republic",
            "Ivory Coast",
            "Wall Street",
            "Silicon Valley",
            "Western Europe",
            "Eastern Europe",
            "Asia Pacific",
        }
    )
) - {"Yukos", "Gulf", "Hong", "Kong", "Wall", "Street"}

TITLE_WORDS = words(
    """President Vice Senior Executive Chief Officer Chairman Chairwoman Chair Director Managing
    General Manager Head Founder Co-founder Minister Secretary Governor Chancellor Treasurer
    Spokesman Spokeswoman Spokesperson Analyst Economist Boss Deputy Commissioner Chief Partner
    Financial Operating Technology Marketing Prime Mr Mrs
    Ms Dr Sir Lord Lady Professor Prof CEO CFO COO CTO Executive Acting Interim Former Non-executive
    Group Sales Senator Congressman Premier Mayor King Queen Prince
    Sheikh Judge Attorney Crown"""
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
    Programme Program Unit"""
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
ORG_POOL = (
    "Alibaba Group",
    "Tencent",
    "Huawei",
    "Lenovo Group",
    "Samsung",
    "Sony",
    "General Motors",
    "Unilever",
    "Nestle",
    "Siemens",
    "Vodafone",
    "BP",
    "Shell",
    "HSBC",
    "Barclays",
    "Tesco",
    "Walmart",
    "Microsoft",
    "Intel",
    "Nokia",
    "Toyota",
    "Volkswagen",
    "Renault",
    "Deutsche Bank",
    "Goldman Sachs",
    "Citigroup",
    "Morgan Stanley",
    "JD.com",
    "Baidu",
    "Oppo",
)


@cache
def western_given_names() -> frozenset[str]:
    """Given names from several Faker locales (read once)."""
    from faker.providers.person import de_DE, en_GB, en_US, es_ES, fr_FR, it_IT, nl_NL

    names: set[str] = set()
    for module in (en_US, en_GB, de_DE, fr_FR, es_ES, it_IT, nl_NL):
        provider = module.Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            names.update(str(n) for n in getattr(provider, attr, ()) if " " not in str(n))
    names |= _world_given_names() | EXTRA_GIVEN_NAMES
    return frozenset(n for n in names if len(n) > 2) - PLACES - ORG_HEADS - TITLE_WORDS


def _world_given_names() -> set[str]:
    """Given names of Faker's Indian, Japanese, Indonesian, Brazilian, Polish, Swedish,
    Turkish and Pakistani locales, in Latin letters and never an English word ("Hope",
    "Faith"), so that "Naresh Goyal" and "Yasuhiro Nakasone" are people too."""
    from importlib import import_module

    from lemminflect import getAllLemmas

    names: set[str] = set()
    for locale in ("en_IN", "ja_JP", "id_ID", "pt_BR", "pl_PL", "sv_SE", "tr_TR", "en_PK"):
        provider = import_module(f"faker.providers.person.{locale}").Provider
        for attr in (
            "first_names",
            "first_names_male",
            "first_names_female",
            "first_romanized_names",
        ):
            names.update(
                str(n)
                for n in getattr(provider, attr, ())
                if str(n).isascii() and str(n).isalpha() and not getAllLemmas(str(n).lower())
            )
    return names


# romanized given names Faker has no Latin-letter table for (Arabic, Russian, Korean...)
EXTRA_GIVEN_NAMES = frozenset(
    """Mohammed Mohammad Muhammad Mohamed Ahmed Ahmad Abdul Abdullah Abdulaziz Ibrahim Khalid
    Saud Sultan Hamad Nasser Omar Yusuf Youssef Hassan Hussein Hosni Ali Rafik Rafiq Walid
    Fahd Faisal Salman Tariq Anwar Jamal Karim Mahmoud Mustafa Osama Saddam Yasser Yassir
    Mikhail Vladimir Boris Sergei Sergey Viktor Dmitry Dmitri Igor Alexei Alexey Yuri Yury
    Anatoly Gennady Oleg Yevgeny Nikolai Vagit Leonid Nursultan Kiichi Yasuhiro Junichiro
    Toyoo Satoshi Noboru Masaru Toshihiko Shinzo Thaksin Naresh Mukesh Anil Ratan Lakshmi
    Manmohan Atal Sonia Rahul Azim Narayana Nandan Pervez Nawaz Benazir Lula Luiz Inacio
    Nestor Cristina Evo Vicente Ernesto Thabo Kofi Olusegun Recep Tayyip Ehud Ariel Shimon
    Yitzhak Mahathir Jiabao Jintao Zemin Rongji Xiaoping""".split()
)


@cache
def english_given_names() -> tuple[str, ...]:
    """Given names for generated distractors (English-language locales, sorted)."""
    from faker.providers.person import en_GB, en_US

    names: set[str] = set()
    for provider in (en_US.Provider, en_GB.Provider):
        for attr in ("first_names", "first_names_male", "first_names_female"):
            names.update(str(n) for n in getattr(provider, attr, ()) if str(n).isalpha())
    return tuple(sorted(names))


@cache
def western_family_names() -> tuple[str, ...]:
    from faker.providers.person import en_GB, en_US

    names = set(en_US.Provider.last_names) | set(en_GB.Provider.last_names)
    return tuple(sorted(str(n) for n in names if n.isalpha()))


@cache
def chinese_surnames() -> frozenset[str]:
    from faker.providers.person import zh_CN

    return frozenset(zh_CN.Provider.last_romanized_names) | CHINESE_SURNAMES_EXTRA


@cache
def chinese_given_names() -> tuple[str, ...]:
    from faker.providers.person import zh_CN

    singles = sorted(set(zh_CN.Provider.first_romanized_names))
    syllables = ("Hua", "Ming", "Wei", "Jun", "Lin", "Feng", "Yu", "Tao", "Bin", "Xin", "Kai")
    return tuple(singles) + tuple(a + b.lower() for a in ("Zi", "Jian", "Hai") for b in syllables)


# Word lists the entity classifier consults.
OF_HEADS = words(
    """Bank Ministry Department Bureau Institute Federation Chamber Association Organisation
    Organization Commission University Office Council Union Court Bureau Agency"""
)
LEADING = words(
    """The A An In On At Of For But And Or However According Before After Later Since While
    When Where What Which Who Why How This That These Those It Its He She They We I You Our
    Their His Her There Here Such Some Many Most Also Yet Still Meanwhile Despite Although
    Though Because If As By From With Without Under Over Into Both Each Every No Not Only
    Just Even Now Then Thus So Last Next Shares Sales Profits Analysts Mr Mrs Ms Dr"""
)
INSTITUTION_HEADS = words(
    """Exchange Commission Authority Agency Ministry Department Council Board Reserve Union
    Office Court Party Parliament Congress Treasury Fund Bureau Administration Federation
    Institute Association Organisation Organization"""
)
CORPORATE_TITLES = words(
    "President Chairman Chairwoman Chief CEO Boss Founder Director Head Vice Senior"
)
# the places of PLACES that are countries (a figure "owned" by a place is a country's)
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
    }
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
        Serbian Bulgarian Icelandic Cuban Ecuadorian Bolivian Uruguayan Paraguayan
        All Both Each Every No Not Only Just Even Now Then Thus So Shares Sales Profits Analysts
        Economists Investors Officials Government Ministers Minister President Chairman Chief
        Aids HIV Sars"""
    )
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
