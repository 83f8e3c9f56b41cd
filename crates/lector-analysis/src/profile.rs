//! Placeholder: the article's sourcing profile arrives with the hedging issue.
