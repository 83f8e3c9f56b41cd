//! Who and what across the library: every article's entities merged by name.
//!
//! Names merge when they read alike once folded ("White House", "the White
//! House", "WHITE HOUSE"). A person named by surname alone in one article
//! ("Kirby") joins the full name another article gives ("John Kirby") when
//! exactly one full name in the library ends that way; with two candidates
//! ("John Kirby", "Ann Kirby") it stays apart rather than guess.
//!
//! An organization or place also joins across the other names an article
//! gives it ("National Security Council", also "NSC"; "NSC" elsewhere).
//!
//! A person is shown by the fullest name any article gives; a place or an
//! organization by the name most articles use ("Iran" even where one article
//! writes "Islamic Republic of Iran").
//!
//! The index is a pure function of the articles' [`ArticleEntities`], cheap
//! enough to rebuild whenever an article comes or goes.

use std::collections::HashMap;

use lector_text::Span;
use serde::{Deserialize, Serialize};

use crate::article_entities::{ArticleEntities, ArticleEntity, Kind, MentionSpan};
use crate::fx_hash::FxHashMap;
use crate::names::name_key;

/// One entity of the library.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LibraryEntity {
    /// A person's fullest name; for anything else, the name most articles
    /// use.
    pub name: String,
    /// The type most of its mentions have.
    pub kind: Kind,
    /// Other names it goes by, in order of first appearance.
    pub aliases: Vec<String>,
    pub articles: usize,
    pub mentions: usize,
    pub claims: u32,
    pub hedged_claims: u32,
    pub anonymous_claims: u32,
}

impl LibraryEntity {
    /// Claims resting on it that a careful reader would check: hedged or
    /// anonymous.
    pub fn doubtful_claims(&self) -> u32 {
        self.hedged_claims + self.anonymous_claims
    }
}

/// A mention in context, for the entity's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionInContext {
    pub article: String,
    pub span: Span,
    /// The sentence around the mention.
    pub context: Span,
}

#[derive(Clone, Debug, Default)]
pub struct EntityIndex {
    pub entities: Vec<LibraryEntity>,
    /// Article ids, each once; members and mentions point here.
    article_ids: Vec<String>,
    /// Per entity, its members: (article, index into that article's entities).
    members: Vec<Vec<(u32, u32)>>,
    /// Per entity, its mentions: (article, mention), in library order.
    mention_lists: Vec<Vec<(u32, MentionSpan)>>,
}

/// The articles' entities, in library order.
pub fn build<'a>(articles: impl IntoIterator<Item = (&'a str, &'a ArticleEntities)>) -> EntityIndex {
    // Group by folded name first.
    let mut groups: Vec<Group> = Vec::new();
    let mut keys = Keys::default();
    let mut group_of_key: FxHashMap<u32, usize> = FxHashMap::default();
    let mut article_ids: Vec<String> = Vec::new();
    let mut slot_of: FxHashMap<&str, u32> = FxHashMap::default();
    for (id, entities) in articles {
        let slot = *slot_of.entry(id).or_insert_with(|| {
            article_ids.push(id.to_string());
            article_ids.len() as u32 - 1
        });
        for (i, entity) in entities.entities.iter().enumerate() {
            let key = keys.id(&entity.name);
            if keys.text(key).is_empty() {
                continue;
            }
            let g = *group_of_key.entry(key).or_insert_with(|| {
                groups.push(Group { key: keys.text(key).to_string(), members: Vec::new() });
                groups.len() - 1
            });
            groups[g].members.push((slot, i, entity));
        }
    }
    let is_person: Vec<bool> = groups.iter().map(|g| g.kind() == Kind::Person).collect();
    let mut sets = Sets::new(groups.len());
    // Surnames: join the one full person name ending in them.
    // Each proper word-suffix of a person's name → the names ending in it.
    let mut endings: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (g, group) in groups.iter().enumerate().filter(|(g, _)| is_person[*g]) {
        for (at, _) in group.key.match_indices(' ') {
            endings.entry(&group.key[at + 1..]).or_default().push(g);
        }
    }
    for (short, group) in groups.iter().enumerate() {
        if let (true, Some([full])) = (is_person[short], endings.get(group.key.as_str()).map(Vec::as_slice)) {
            sets.join(short, *full);
        }
    }
    // Other names: an organization or place an article also calls by
    // another name ("NSC", "Iran") is the one other articles call so. Not
    // for people, where a shared short name ("Kirby") would join two persons.
    for (g, group) in groups.iter().enumerate().filter(|(g, _)| !is_person[*g]) {
        for (_, _, e) in &group.members {
            for other in e.names.iter().skip(1) {
                if let Some(&h) = group_of_key.get(&keys.id(other)) {
                    if !is_person[h] {
                        sets.join(g, h);
                    }
                }
            }
        }
    }
    let target: Vec<usize> = (0..groups.len()).map(|g| sets.root(g)).collect();
    let mut merged: Vec<Vec<Member>> = vec![Vec::new(); groups.len()];
    for (g, group) in groups.into_iter().enumerate() {
        merged[target[g]].extend(group.members);
    }
    let mut index = EntityIndex { article_ids, ..EntityIndex::default() };
    for members in merged.into_iter().filter(|m| !m.is_empty()) {
        let mut kinds: HashMap<Kind, usize> = HashMap::new();
        for (_, _, e) in &members {
            *kinds.entry(e.kind).or_default() += e.mentions.len();
        }
        let kind = Kind::ALL
            .into_iter()
            .max_by_key(|k| (kinds.get(k).copied().unwrap_or(0), std::cmp::Reverse(*k)))
            .unwrap_or(Kind::Other);
        // Every name, once, with how many articles call the entity by it.
        let mut names: Vec<String> = Vec::new();
        let mut seen: Vec<u32> = Vec::new();
        let mut votes: Vec<usize> = Vec::new();
        for (_, _, e) in &members {
            for (k, n) in std::iter::once(&e.name).chain(&e.names).enumerate() {
                let key = keys.id(n);
                let at = seen.iter().position(|&s| s == key).unwrap_or_else(|| {
                    names.push(n.clone());
                    seen.push(key);
                    votes.push(0);
                    names.len() - 1
                });
                votes[at] += usize::from(k == 0);
            }
        }
        // A person goes by the fullest name ("John Kirby", not "Kirby");
        // anything else by the name most articles use ("Iran", not "Islamic
        // Republic of Iran"); then more words, not all capitals, first seen.
        let person = kind == Kind::Person;
        let best = (0..names.len())
            .max_by_key(|&i| {
                let n = &names[i];
                let words = n.split_whitespace().count();
                let (first, second) = if person { (words, votes[i]) } else { (votes[i], words) };
                (first, second, n.chars().any(char::is_lowercase), std::cmp::Reverse(i))
            })
            .unwrap_or(0);
        let name = names.remove(best);
        let mut articles: Vec<u32> = members.iter().map(|(slot, _, _)| *slot).collect();
        articles.sort_unstable();
        articles.dedup();
        let mentions: Vec<(u32, MentionSpan)> =
            members.iter().flat_map(|(slot, _, e)| e.mentions.iter().map(move |m| (*slot, *m))).collect();
        index.entities.push(LibraryEntity {
            name,
            kind,
            aliases: names,
            articles: articles.len(),
            mentions: mentions.len(),
            claims: members.iter().map(|(_, _, e)| e.claims).sum(),
            hedged_claims: members.iter().map(|(_, _, e)| e.hedged_claims).sum(),
            anonymous_claims: members.iter().map(|(_, _, e)| e.anonymous_claims).sum(),
        });
        index.members.push(members.iter().map(|(slot, i, _)| (*slot, *i as u32)).collect());
        index.mention_lists.push(mentions);
    }
    index
}

/// An article's entity: (article, index in the article, the entity).
type Member<'a> = (u32, usize, &'a ArticleEntity);

struct Group<'a> {
    key: String,
    members: Vec<Member<'a>>,
}

/// Groups joined into entities (union-find).
struct Sets(Vec<usize>);

impl Sets {
    fn new(n: usize) -> Sets {
        Sets((0..n).collect())
    }

    fn root(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }

    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        self.0[a] = b;
    }
}

/// Names to their keys, each name folded once however many articles use it
/// ("Reuters" in every one).
#[derive(Default)]
struct Keys<'a> {
    by_name: FxHashMap<&'a str, u32>,
    by_key: FxHashMap<String, u32>,
    text: Vec<String>,
}

impl<'a> Keys<'a> {
    fn id(&mut self, name: &'a str) -> u32 {
        if let Some(&id) = self.by_name.get(name) {
            return id;
        }
        let key = name_key(name);
        let next = self.text.len() as u32;
        let id = *self.by_key.entry(key).or_insert(next);
        if id == next {
            self.text.push(name_key(name));
        }
        self.by_name.insert(name, id);
        id
    }

    fn text(&self, id: u32) -> &str {
        &self.text[id as usize]
    }
}

impl Group<'_> {
    fn kind(&self) -> Kind {
        let mut counts = [0usize; 4];
        for (_, _, e) in &self.members {
            counts[e.kind as usize] += e.mentions.len();
        }
        let best = (0..4).max_by_key(|&k| (counts[k], std::cmp::Reverse(k))).unwrap_or(3);
        Kind::ALL[best]
    }
}

impl EntityIndex {
    /// Every mention of entity `i`, article by article in library order
    /// (made when asked: the list page never needs them all).
    pub fn mentions(&self, i: usize) -> Vec<MentionInContext> {
        let list = self.mention_lists.get(i).map_or(&[][..], Vec::as_slice);
        list.iter()
            .map(|(slot, m)| MentionInContext {
                article: self.article_ids[*slot as usize].clone(),
                span: m.span,
                context: m.context,
            })
            .collect()
    }

    /// The articles' own entities that make up entity `i`.
    pub fn members(&self, i: usize) -> Vec<(&str, usize)> {
        let list = self.members.get(i).map_or(&[][..], Vec::as_slice);
        list.iter().map(|(slot, e)| (self.article_ids[*slot as usize].as_str(), *e as usize)).collect()
    }

    /// The entity a name (any of its names) stands for.
    pub fn find(&self, name: &str) -> Option<usize> {
        let key = name_key(name);
        self.entities.iter().position(|e| name_key(&e.name) == key || e.aliases.iter().any(|a| name_key(a) == key))
    }
}

/// What the entity list is sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SortBy {
    Mentions,
    Articles,
    Name,
    /// Hedged plus anonymous claims.
    DoubtfulClaims,
}

/// Indices of the entities of `kind` (all when `None`), sorted: counts
/// highest first, names A to Z; ties by name.
pub fn list(entities: &[LibraryEntity], kind: Option<Kind>, sort: SortBy) -> Vec<usize> {
    let mut out: Vec<usize> = (0..entities.len()).filter(|&i| kind.is_none_or(|k| entities[i].kind == k)).collect();
    let name = |i: usize| crate::normalize::fold(&entities[i].name);
    out.sort_by(|&a, &b| {
        let (x, y) = (&entities[a], &entities[b]);
        let by_count = match sort {
            SortBy::Mentions => y.mentions.cmp(&x.mentions).then(y.articles.cmp(&x.articles)),
            SortBy::Articles => y.articles.cmp(&x.articles).then(y.mentions.cmp(&x.mentions)),
            SortBy::DoubtfulClaims => y.doubtful_claims().cmp(&x.doubtful_claims()).then(y.mentions.cmp(&x.mentions)),
            SortBy::Name => std::cmp::Ordering::Equal,
        };
        by_count.then_with(|| name(a).cmp(&name(b)))
    });
    out
}
