"""People's names for recognising people and offering wrong names: given and family names
from Faker's tables (several locales, Latin letters only) and short lists of our own."""

from functools import cache

from newsquiz.generate.gazetteer import ORG_HEADS, PLACES, TITLE_WORDS
from newsquiz.generate.textutil import lemmas, words

CHINESE_SURNAMES_EXTRA = words(
    """Shang Bao Bi Chai Chu Dou Fei Geng Gou Hou Hua Ji Jia Jiang Jin Kang Kong Lai Lian Liao
    Lou Meng Mo Mu Ning Niu Ou Pan Pei Peng Qi Qian Qiao Qin Qiu Qu Ren Rong Ruan Shao Shen
    Shi Si Sui Tang Tao Tian Wan Wei Wen Weng Wu Xi Xia Xiang Xiao Xie Xing Xiong Xu Xue Yan
    Yang Yao Ye Yi Yin Ying You Yu Yuan Yue Zang Zeng Zhai Zhan Zhang Zhao Zheng Zhong Zhou Zhu
    Zhuang Zou Ma Li Liu Lin Luo Guo He Hu Huang Sun Song Cheng Chen Dong Deng Du Fan Fang Feng
    Gao Gu Han Hao Lu Lei Wang Cai Cao Cui Dai Ding Duan Fu Gong Jiao Kim Lee Park Choi Jung Kang
    Cho Yoon Jang Lim Nguyen Tran Pham Le Vu Vo Dang Bui Do Ho Ngo Duong Ly
    Ng Wong Chan Cheung Lau Leung Tsang Goh Teo Koh Chua"""
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
    # "Stanley" heads "Morgan Stanley" but opens "Stanley Fischer": a company's last word
    heads = ORG_HEADS - {"Stanley"}
    return frozenset(n for n in names if len(n) > 2) - PLACES - heads - TITLE_WORDS


def _world_given_names() -> set[str]:
    """Given names of Faker's Indian, Japanese, Indonesian, Brazilian, Polish, Swedish,
    Turkish and Pakistani locales, in Latin letters and never an English word ("Hope",
    "Faith"), so that "Naresh Goyal" and "Yasuhiro Nakasone" are people too."""
    from importlib import import_module

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
                if str(n).isascii() and str(n).isalpha() and not lemmas(str(n).lower())
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
