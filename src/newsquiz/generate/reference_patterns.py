"""Patterns the reference resolver looks for: pronouns, "the firm", vague subjects, quotes."""

import re

from newsquiz.generate.gazetteer import NATIONALITIES
from newsquiz.generate.quantities import MONTHS

CONNECTIVE = re.compile(
    r"^(?:(?:However|But|And|Meanwhile|In addition(?! to)|Also|Still|Yet|So(?! far)|Instead|"
    r"Separately|"
    r"Finally|On top of that|In the meantime|"
    r"Nevertheless|Moreover|Furthermore|Indeed|In fact|Overall|Elsewhere|Besides|"
    r"At the same time|On the other hand|As a result|Similarly|Likewise|In turn|Even so|"
    r"By contrast|In contrast|Consequently|Therefore|Additionally|"
    r"Nonetheless|Even so|Again|Crucially|Importantly|Significantly|Ultimately|"
    r"In the meantime|Meantime|Of course|In other words|Anyway)"
    r"\b,?\s+"
    # a time word without its comma may open a longer phrase: "Earlier in the day came ..."
    r"|(?:Later|Now|Previously|Earlier|Currently|Already)"
    r"\b(?:,\s+|\s+(?!(?:in|on|at|that|than|during|for)\b)))"
)
ORG_NP = (
    r"(?:firm|company|group|bank|carrier|retailer|airline|operator|maker|insurer|lender|giant|"
    r"chain|brewer|carmaker|publisher|business|conglomerate|broadcaster|manufacturer|club)"
)
# "The merged group", "the new company": a body the story has just made, not the one named
_NEW_BODY = r"(?!(?:merged|combined|new|enlarged|joint|proposed|resulting) )"
# "The car business, best known for its Alfa Romeo marque": a line of business is a unit of
# the story's company, never the company (Fiat Auto's loss was given to Fiat: C, round 105)
_NEW_BODY += r"(?!\w+ business\b)"
START_ORG = re.compile(rf"^(?:It|The(?: {_NEW_BODY}\w+)? {ORG_NP})(?='s\b|[\s,])")
START_ORG_NAMED = re.compile(rf"^The(?: \w+)? {ORG_NP}, ([A-Z][\w&'-]*(?: [A-Z][\w&'-]*)*),")
START_ITS = re.compile(rf"^(?:Its|The(?: {_NEW_BODY}\w+)? {ORG_NP}'s)\s")
# "France's second largest carmaker enjoyed ...": the company the sentence before named,
# called by its rank in its country (never followed by the name: "India's biggest carmaker
# Maruti" names it)
EPITHET_START = re.compile(
    rf"^([A-Z][\w.&-]*(?: [A-Z][\w.&-]*)?)'s? (?:[\w-]+ ){{0,2}}?"
    rf"(?:largest|biggest|leading|oldest|top|second|third)\b(?:[ -][a-z]+){{0,3}}? {ORG_NP}\b"
    r"(?!,? [A-Z(])"
)
# "A US defence and telecommunications company has agreed to pay ...": a company the sentence
# describes but never names (judged blind B, round 108); "A spokesman for the firm said" and
# "A company spokesman said" are people, not this
INDEFINITE_ORG_START = re.compile(
    rf"^(?:An?|One) (?:(?!(?:of|for|at|in|with|from|by|to|on) )[\w'-]+ ){{0,4}}{ORG_NP}"
    r"(?= (?:has|have|had|is|was|will|would|could|may|said|says|agreed|plans|reported"
    r"|announced|posted|made|won|lost|became|bought|sold|filed|is)\b)"
)
START_PERSON = re.compile(r"^(?:He|She)\s")
START_HIS = re.compile(r"^(?:His|Her)\s")
# "the value of lira bank notes", "the group's chief executive": a noun after the company
# word makes it a modifier, not a company
_COMPOUND_TAIL = (
    r"(?:notes?|holidays?|accounts?|deposits?|rates?|lending|credit|branch(?:es)?|managers?"
    r"|officials?|sources?|shares?|stocks?|stake|board|bosses|boss|executives?|chairman"
    r"|spokes(?:man|woman)|sector|industry|market|rules?|results)\b"
)
DESCRIBED_ORG = re.compile(
    rf"\b(?:the|The) (?:[\w'-]+ ){{1,4}}{ORG_NP}\b(?! {_COMPOUND_TAIL})"
    rf"|\bone of [\w' -]+{ORG_NP}s\b"
)
# "Ford's auto unit", "Disney's shares", "Ford said it", "Acme Inc": a name used the way a
# company's is (after the name, in one pattern for entities and prompts alike)
COMPANY_USE = (
    r"(?:'s? (?:[a-z-]+ ){0,2}(?:unit|division|arm|subsidiary|shares|stock|profits?|sales"
    r"|revenues?|earnings|results|losses|plants?|factory|factories|workers|brands?|cars?|stake)\b"
    r"| said it\b| shares\b| stock\b| Inc\b| Corp\b| Co\b| Group\b"
    r"| (?:has|had|was|is) (?:filed|bought|sold|acquired|offered))"
)
CUT_AT_DOT = re.compile(r"[A-Z](?:\.[A-Z])+")  # "U.S", "U.K": an abbreviation without its last dot
# "the West German central bank", "the Japanese finance ministry": one body per country, so
# its country names it
NATIONAL_BODY = re.compile(
    rf"\b[Tt]he (?:West |East )?(?:{'|'.join(sorted(NATIONALITIES))}) (?:central bank|government"
    r"|(?:finance|trade|economy|foreign|agriculture) ministry|treasury|parliament)\b"
)
VAGUE_FIGURE = re.compile(r"\b[Tt]he (?:figure|figures|number|amount|total|level)\b(?! of)")
# "The German exchange tabled ...": an organization described, not named
DESCRIBED_SUBJECT = re.compile(
    rf"^The (?:[\w'-]+ ){{0,4}}(?:{ORG_NP}|exchange|regulator|watchdog)\b(?!,? [A-Z])"
    # "Officials have said the 100 pct tariffs ...": whose officials (judged blind B twice,
    # rounds 122 and 123: the U.S.'s, named only elsewhere)
    r"|^Officials (?!(?:in|of|at|from|for|with)\b)"
)
VAGUE_EVENT = re.compile(
    r"\bthe (?:deal|move|plan|decision|offer|bid|takeover|merger|agreement|talks|scheme|sale|"
    r"unit|division|project|programme|survey|study|report|problem|issue|crisis|currency|"
    r"newspaper)\b"
    r"(?!,? (?:to|for|with|by|of|between|from|that|which)\b)"
)
# "the firm" but not "the firm he co-founded": a name has no room for that clause
MID_ORG = re.compile(rf"\bthe {ORG_NP}\b(?!s)(?! (?:he|she|it|they|we|I)\b)(?! [A-Z])")
EXPLETIVE = re.compile(
    r"^It(?:'s| is| was| will be| would be| could be| may be| might be| has been| had been|"
    r" remains| seems| appears| takes| means| makes| comes)\b"
)
YEAR_REL = re.compile(
    r"(?<!\bthe )(?<!\bThe )\b(?:(earlier|later) )?(this|last|next) year('s)?\b"
    r"|\bin (January|February|March|April|May|June|July|August|September|October|November|"
    r"December) (this|last|next) year\b",
    re.I,
)
BAD_START = re.compile(
    r"^(?:The (?:move|deal|decision|plan|figures?|report|announcement|merger|takeover|bid|offer|"
    r"agreement|sale|rise|fall|drop|cut|increase|news|data|survey|study|results?|statement|"
    r"changes?|proposals?|measures?|case|problem|issue|scheme|project|rate|latest|combination|"
    r"comments?|remarks?|ruling|warning|forecasts?|estimates?|figure|rest|remainder|same|"
    r"latter|former|pair|trio|duo|talks|review|probe|investigation|inquiry|process|row|"
    r"dispute|situation|shift|slowdown|growth|decline|increase|fine|payment|loan|cash|money|"
    r"funds?|stake|shares|price|price tag|valuation|value|sum|bill|costs?|advance|gains?|jump|"
    r"surge|improvement|slump|recovery|upturn|downturn|boost|fall-off|rebound|unit|newspaper|programme|program|"
    r"strategy|initiative|policy|"
    r"division|subsidiary|side|team|country|government|ministry|agency|regulator|currency)\b(?!\s+of\b)|"
    r"This|These|"
    # "Affected were 14,030 hectares" (by what? B twice), "Also seen arriving were ...":
    # an inverted sentence goes on from the one before
    r"(?:[A-Z][a-z]+(?:ed|en)|Hit)(?: [a-z]+ing)? (?:were|was)|"
    r"That|Those|They|Such|Both|Others?|Some|Many|Most|The two|The three|One|Another|"
    r"Compared (?:with|to)|By comparison)\b"
)
# "the bank board" after the Federal Home Loan Bank Board: a word of the name may go before
INSTITUTION_REF = re.compile(
    r"\b([Tt]he) (?:([a-z]+) )?(ministry|agency|regulator|council|commission|fund|union"
    r"|exchange|authority|department|board|bureau|association|federation|institute|court|"
    r"(?:Bank|Commission|Fund|Ministry|Agency)(?! of\b| [A-Z]))('s)?\b"
)
# "Caisse de depot, the government agency which ...": what later sentences call "the agency"
APPOSITION = re.compile(
    r", (?:the|a|an) (?:[\w'-]+ ){0,4}?(ministry|agency|regulator|council|commission|fund|union"
    r"|exchange|authority|department|board|bureau|association|federation|institute|court)\b"
    r"(?=[ ,.])"
)
TICKER = re.compile(r" ?<[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?>")
BRACKETED_NAME = re.compile(r"<([A-Z][\w&.,' -]{1,60}?)>")
AFTER_COUNTRY_DOTS = re.compile(r"\b(U\.[SK]\. )([A-Z][a-z]+)\b")
PROPER_AFTER_COUNTRY = frozenset(
    """Treasury Congress Senate House Army Navy Air Federal Department Trade Commerce
    Agriculture Energy Justice Supreme Court Government Embassy Bank Steel Marine Postal State
    Labor Defense Export Import Securities Exchange Commission Chamber Council Geological
    Census Bureau Information Agency Coast National Central International Reserve Open
    Airways Airlines Home Office Foreign Secretary Attorney Ambassador Representative
    Administration Institute Association Chemical Industries""".split()
)
# of those, the words that start a name only when another capital follows ("U.S. Trade
# Representative"): "U.S. Trade deficit" is the trade deficit
COMMON_AFTER_COUNTRY = frozenset(
    """Trade Commerce Agriculture Energy Government Steel State Labor Defense Export Import
    Information National Central International Chemical Industries""".split()
)
# "The Bank said": a capitalized head standing for an institution named elsewhere
BARE_INSTITUTION = re.compile(
    r"\b[Tt]he (?:Bank|Commission|Fund|Ministry|Agency)\b(?! of\b| [A-Z])"
)
NUMBER_OF = re.compile(r"\bthe number of ((?:[A-Z][\w'-]*|[a-z]+)(?: [A-Z][\w'-]*){0,2})\b")
COMPARED_COUNT = re.compile(
    r"^Compared (?:with|to) the (?:(?:monthly|weekly|annual|quarterly|daily|average) )?"
    r"(?:increase|rise|growth|decrease|fall|drop|decline) of (\d[\d,]*)(?= in | during | over |, )"
)
PRONOUN = re.compile(r"\b(he|she|him|his|her|hers|it|its|they|them|their|theirs)\b", re.I)
FIRST_SECOND = re.compile(r"\b(?:I|[Ww]e|[Oo]urs?|us|[Yy]ou|[Yy]ours?|me|[Mm]y)\b")
# "those" with a restrictive modifier ("those sold in Europe", "those suppliers that ...",
# "those of its rivals") is defined in its own sentence
_RESTRICTED_THOSE = (
    r"(?! (?:[a-z]+ ){0,3}(?:who|that|which|whose)\b"
    r"| (?:[a-z]+ly )?(?:being )?(?:[a-z]+ed|sold|made|held|paid|built|bought|seen|known)\b"
    r"| (?:in|of|at|from|on) )"
)
DEMONSTRATIVE = re.compile(rf"\b(?:this|these|those{_RESTRICTED_THOSE}|such(?! as))\b", re.I)
NOT_PROSE = re.compile(r"[=_{}\[\]<>|#@\\*]|https?:|www\.|\.\w+\(|\(\)")
# what a spokesman does not say ("referred all questions to TVX and Salomon", "declined to
# comment") and a bare "X agreed.": judged blind, no fact to learn and nothing to follow
BOILERPLATE = re.compile(
    r"\breferred (?:all )?(?:questions|inquiries|enquiries|calls)\b|\bdeclined (?:to|further)"
    r" comment|\bcould not be reached\b|\bwas not (?:immediately )?available for comment"
    r"|\bdid not return (?:telephone )?calls\b|\b[A-Z][a-z]+ (?:agreed|concurred|disagreed)\.$"
)
# "the insurer Travellane" names itself
ORG_REF = re.compile(rf"\b(?:the|The) {ORG_NP}\b(?! [A-Z])")
SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
GARBLED = re.compile(
    r"\b(?:as|the|of|to|a|an|in|on|at|with|for) (?:and|or)\b(?! (?:out|off|from|around)\b)",
    re.I,
)
HONORIFIC_ONLY = re.compile(r"Mr|Mrs|Ms|Dr")
HONORIFIC_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Dr) [A-Z][\w'-]+")
HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir) [A-Z]")
# a person named by a common noun, who may be the "he"/"his" that follows
HUMAN_NOUN = re.compile(
    r"\b(?:farmers?|workers?|customers?|buyers?|sellers?|producers?|members?|investors?"
    r"|analysts?|officials?|spokes(?:man|woman)|traders?|dealers?|economists?|executives?"
    r"|employees?|shareholders?|bankers?|lawyers?|consumers?|owners?|managers?|directors?"
    r"|chairman|president|minister|secretary|governor|chief|boss|founder|tycoon|man|woman"
    r"|somebody|someone|anyone|each|every)\b",
    re.IGNORECASE,
)
MID_HE = re.compile(r"(?<=\s)(he|she|his)\b")
RELATIVE_TIME = re.compile(
    r",? (?:earlier |later )?(?:(?:this|last|next) (?:week|month|weekend)|yesterday|today|tomorrow|"
    r"recently)\b(?=[ ,.])",
)
# "This week, the ministry said ...": an opening relative time goes like a mid-sentence one
LEADING_TIME = re.compile(
    r"^(?:(?:[Tt]his|[Ll]ast|[Nn]ext) (?:week|month|weekend)|Yesterday|Today|Recently),\s+(?=\S)"
)
QUOTED = re.compile(r'"([^"]*)"')
# reported speech that slips into the speaker's words mid-clause: 'The ministry said that it
# wanted to raise "the rate from 4.5% to 25% within 10 years."'
PARTIAL_QUOTE = re.compile(
    r'^(?P<lead>[^"]*?\b(?:said|says|added|stated|announced)\b(?: that)?[^"]*? )'
    r'"(?P<quote>[a-z][^"]*)"(?P<tail>[^"]*)$'
)
NAMED = re.compile(r"\b[A-Z][\w&'-]*")
NOT_PROPER = frozenset(
    MONTHS
    + ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    + ["I", "A", "The", "Q1", "Q2", "Q3", "Q4"]
)
# what is said of a product, not of a company: "It will not be sold in the US", "It goes on
# sale in June", "It will be built in Sweden" (the Cadillac BLS, not Saab; judged C)
PRODUCT_IT = re.compile(
    r"^It (?:will |would |is to |is |was |has been |had been |could |may )?(?:not )?"
    r"(?:be (?:sold|built|made|produced|manufactured|launched|priced|available|marketed|assembled)"
    r" (?:in|at|from|for|by|on|to consumers)\b|go(?:es)? on sale|went on sale|comes? in\b)"
)
# "The Spanish group", "The US firm": a company the article calls by its nationality
NATIONAL_BODY_START = re.compile(rf"^The ([A-Z][a-z]+|US|UK|U\.S\.|U\.K\.) {ORG_NP}\b")
