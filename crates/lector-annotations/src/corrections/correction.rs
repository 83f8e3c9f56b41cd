//! One correction: what the reader changed, and where.

use lector_text::Span;

use crate::article_text::ArticleText;
use crate::error::FieldError;
use crate::id::AnnotationId;
use crate::selectors::Target;
use crate::time::Timestamp;
use crate::ArticleId;

/// Longest kind, label or source name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// What the reader changed. Kinds and labels are the analyzers' codes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fix {
    /// The analyzer's cue of `kind` here is not one.
    DismissCue { kind: String },
    /// The analyzer's name of type `label` here is not a name.
    DismissEntity { label: String },
    /// The name here is a `to`, not a `from`.
    RelabelEntity { from: String, to: String },
    /// The attribution here cites `to` (named or not), not `from`.
    SetSource { from: Option<String>, to: String, named: bool },
    /// A cue of `kind` the analyzer missed.
    AddCue { kind: String },
    /// An attribution the analyzer missed, citing `source`.
    AddAttribution { source: String, named: bool },
}

/// Which part of the analysis a fix is about; one correction per place and layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layer {
    Cue,
    Entity,
    Attribution,
}

impl Layer {
    pub fn code(self) -> &'static str {
        match self {
            Layer::Cue => "cue",
            Layer::Entity => "entity",
            Layer::Attribution => "attribution",
        }
    }
}

impl Fix {
    pub fn layer(&self) -> Layer {
        match self {
            Fix::DismissCue { .. } | Fix::AddCue { .. } => Layer::Cue,
            Fix::DismissEntity { .. } | Fix::RelabelEntity { .. } => Layer::Entity,
            Fix::SetSource { .. } | Fix::AddAttribution { .. } => Layer::Attribution,
        }
    }

    /// The action's code in files: `dismiss_cue`, `set_source`…
    pub fn code(&self) -> &'static str {
        match self {
            Fix::DismissCue { .. } => "dismiss_cue",
            Fix::DismissEntity { .. } => "dismiss_entity",
            Fix::RelabelEntity { .. } => "relabel_entity",
            Fix::SetSource { .. } => "set_source",
            Fix::AddCue { .. } => "add_cue",
            Fix::AddAttribution { .. } => "add_attribution",
        }
    }

    /// The analyzer's label before (`None` for what it missed).
    pub fn old(&self) -> Option<&str> {
        match self {
            Fix::DismissCue { kind } => Some(kind),
            Fix::DismissEntity { label } => Some(label),
            Fix::RelabelEntity { from, .. } => Some(from),
            Fix::SetSource { from, .. } => from.as_deref(),
            Fix::AddCue { .. } | Fix::AddAttribution { .. } => None,
        }
    }

    /// The reader's label (`None` for a dismissal: nothing is there).
    pub fn new_label(&self) -> Option<&str> {
        match self {
            Fix::RelabelEntity { to, .. } => Some(to),
            Fix::SetSource { to, .. } => Some(to),
            Fix::AddCue { kind } => Some(kind),
            Fix::AddAttribution { source, .. } => Some(source),
            Fix::DismissCue { .. } | Fix::DismissEntity { .. } => None,
        }
    }

    /// Whether the source is named, for fixes about a source.
    pub fn named(&self) -> Option<bool> {
        match self {
            Fix::SetSource { named, .. } | Fix::AddAttribution { named, .. } => Some(*named),
            _ => None,
        }
    }

    pub fn is_dismissal(&self) -> bool {
        matches!(self, Fix::DismissCue { .. } | Fix::DismissEntity { .. })
    }

    /// Builds a fix from its file form, checking names are present and short.
    pub(crate) fn from_parts(
        code: &str,
        old: Option<String>,
        new: Option<String>,
        named: Option<bool>,
    ) -> Result<Fix, FieldError> {
        for name in old.iter().chain(new.iter()) {
            check_name(name)?;
        }
        let need = |value: Option<String>, field: &str| {
            value.ok_or_else(|| FieldError::new(format!("a {code} correction needs \"{field}\"")))
        };
        let named =
            || named.ok_or_else(|| FieldError::new(format!("a {code} correction needs \"named\": true or false")));
        Ok(match code {
            "dismiss_cue" => Fix::DismissCue { kind: need(old, "old")? },
            "dismiss_entity" => Fix::DismissEntity { label: need(old, "old")? },
            "relabel_entity" => Fix::RelabelEntity { from: need(old, "old")?, to: need(new, "new")? },
            "set_source" => Fix::SetSource { from: old, to: need(new, "new")?, named: named()? },
            "add_cue" => Fix::AddCue { kind: need(new, "new")? },
            "add_attribution" => Fix::AddAttribution { source: need(new, "new")?, named: named()? },
            other => {
                return Err(FieldError::new(format!(
                    "\"{other}\" is not a correction Lector knows (dismiss_cue, dismiss_entity, relabel_entity, \
                     set_source, add_cue, add_attribution)"
                )))
            }
        })
    }
}

pub(crate) fn check_name(name: &str) -> Result<(), FieldError> {
    let chars = name.chars().count();
    if name.trim().is_empty() {
        return Err(FieldError::new("a label or source is empty; type a name"));
    }
    if chars > MAX_NAME_CHARS || name.chars().any(char::is_control) {
        return Err(FieldError::new(format!(
            "a label or source must be one line of at most {MAX_NAME_CHARS} characters"
        )));
    }
    Ok(())
}

/// A reader's correction of one place in one article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Correction {
    pub(crate) id: AnnotationId,
    pub(crate) article: ArticleId,
    pub(crate) target: Target,
    pub(crate) fix: Fix,
    pub(crate) created: Timestamp,
}

impl Correction {
    /// A correction of the words at `span` of `text` (the app passes a new
    /// UUID and the time).
    pub fn new(
        id: AnnotationId,
        article: ArticleId,
        text: &ArticleText,
        span: Span,
        fix: Fix,
        created: Timestamp,
    ) -> Result<Correction, FieldError> {
        for name in fix.old().into_iter().chain(fix.new_label()) {
            check_name(name)?;
        }
        let target = Target::from_selection(text, span)?;
        Ok(Correction { id, article, target, fix, created })
    }

    pub fn id(&self) -> &AnnotationId {
        &self.id
    }

    pub fn article(&self) -> &ArticleId {
        &self.article
    }

    pub fn target(&self) -> &Target {
        &self.target
    }

    pub fn fix(&self) -> &Fix {
        &self.fix
    }

    pub fn created(&self) -> Timestamp {
        self.created
    }
}
