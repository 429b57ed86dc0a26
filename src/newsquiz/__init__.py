"""newsquiz: business news articles become question cards, studied with FSRS in the terminal."""

__version__ = "0.1.0"
