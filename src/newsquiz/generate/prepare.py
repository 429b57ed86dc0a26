"""What every deck style starts from: the article's sentences, names, and self-contained
sentences with the figures they hold."""

from dataclasses import dataclass

from newsquiz.generate.entities import EntityIndex, extract_entities
from newsquiz.generate.quantities import Quantity, find_quantities
from newsquiz.generate.relative_time import reference_year
from newsquiz.generate.resolve import Resolved, Resolver
from newsquiz.generate.segment import Sentence, split_sentences
from newsquiz.generate.story_country import story_country
from newsquiz.generate.trust import KEPT_PROBLEMS, prompt_problem
from newsquiz.models import Article


@dataclass(frozen=True, slots=True)
class Prepared:
    article: Article
    sentences: list[Sentence]
    index: EntityIndex
    resolved: list[Resolved]  # sentences that stand alone, rewritten
    pool: list[Quantity]  # every figure of the article, for wrong options

    @property
    def source(self) -> str:
        """The headline and the text: what a card's names must come from."""
        return f"{self.article.title}\n{self.article.text}"

    @property
    def published_year(self) -> int | None:
        return self.article.published.year if self.article.published else None


def prepare(article: Article) -> Prepared | None:
    """None for an article without a sentence."""
    sentences = split_sentences(article.text)
    if not sentences:
        return None
    index = extract_entities(sentences, article.title)
    published = article.published.year if article.published else None
    source = f"{article.title}\n{article.text}"

    def follows(text: str) -> bool:
        """A sentence shown before another must itself be one a blind reader follows."""
        problem = prompt_problem(text, "", index, published is not None, source)
        return problem is None or problem.startswith(KEPT_PROBLEMS)

    country = story_country(article.title, [sentence.text for sentence in sentences])
    year = reference_year(published, article.text)
    resolver = Resolver(index, year, article.title, follows, country)
    resolved: list[Resolved] = []
    pool: list[Quantity] = []
    for sentence in sentences:
        pool.extend(find_quantities(sentence.text))
        result = resolver.resolve(sentence)
        if result is not None and not result.relative_year:  # "this year", no date: not asked
            resolved.append(result)
    return Prepared(article, sentences, index, resolved, pool)
