"""The citation attached to every answer: which article a sentence comes from."""

from __future__ import annotations

from dataclasses import dataclass

from store.articles import ArticleRow


@dataclass(frozen=True)
class Citation:
    id: int
    title: str
    source: str | None
    published: str | None
    origin: str

    @classmethod
    def of(cls, article: ArticleRow) -> Citation:
        return cls(article.id, article.title, article.source, article.published, article.origin)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "published": self.published,
            "origin": self.origin,
        }
