//! The form's own texts, indexed for finding them in a document.
//!
//! Every text the template prints — title, section headings, question texts,
//! the lead-in of grouped questions, footnotes, budget notes, instructions,
//! choice prompts — becomes a word sequence in one trie. Texts that are the
//! same (the "hållbarhet" question is printed in four sections) share an end
//! node, which lists every role the text has. Walking the trie from a word
//! costs at most the length of the longest form text, whatever the document.

use super::tokens::{tokenize, Kind, RawTok, Tok, UNKNOWN};
use crate::prelude::*;
use crate::{Lang, Template};

/// Words that may start a label before a heading.
const LABEL_WORDS: [&str; 4] = ["fråga", "avsnitt", "question", "section"];

/// What a form text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// The text of question `q` (its index in the template).
    Question(usize),
    /// The heading of section `s` (its index).
    Section(usize),
    /// The lead-in of a group of questions ("Har anslaget bidragit till att nå målen i:").
    Stem,
    /// Any other printed text: title, budget note, instruction, prompt, footnote.
    Other,
}

#[derive(Debug, Default)]
struct Node {
    /// (word id, child node), sorted by word id.
    children: Vec<(u32, u32)>,
    /// The roles of the text ending here, if one does.
    roles: Vec<Role>,
}

/// The trie of form texts, the vocabulary they use, and the choice labels.
#[derive(Debug)]
pub(crate) struct Forms {
    /// Every word of every form text, folded, sorted: a word's id is its index.
    vocab: Vec<String>,
    nodes: Vec<Node>,
    /// The word sequences of the options' labels ("ja", "ej aktuellt", "yes").
    pub labels: Vec<Vec<u32>>,
    /// The ids of the words that may start a label: "Fråga 1.1",
    /// "Avsnitt 2", "Question 1.1", "Section 2".
    pub question_word: [u32; 4],
    /// Per question: (label index, choice index) of each of its options, in
    /// both languages.
    pub options: Vec<Vec<(usize, usize)>>,
}

impl Forms {
    /// Indexes the texts of `template`, in Swedish and English.
    pub(crate) fn new(template: &Template) -> Forms {
        let data = template.data();
        let mut texts: Vec<(&str, Role)> = Vec::new();
        let mut labels: Vec<&str> = Vec::new();
        for lang in [Lang::Sv, Lang::En] {
            texts.push((data.title.get(lang), Role::Other));
            for (s, section) in data.sections.iter().enumerate() {
                texts.push((section.title.get(lang), Role::Section(s)));
            }
            for (q, question) in data.questions.iter().enumerate() {
                texts.push((question.text.get(lang), Role::Question(q)));
                if let Some(stem) = &question.stem {
                    texts.push((stem.get(lang), Role::Stem));
                }
                if let Some(note) = &question.footnote {
                    texts.push((note.get(lang), Role::Other));
                }
                for choice in &question.choices {
                    labels.push(choice.label.get(lang));
                    if let Some(prompt) = &choice.prompt {
                        texts.push((prompt.get(lang), Role::Other));
                    }
                }
            }
            for limit in &data.limits {
                if let Some(t) = &limit.text {
                    texts.push((t.get(lang), Role::Other));
                }
            }
            for instruction in &data.instructions {
                if let Some(t) = &instruction.text {
                    texts.push((t.get(lang), Role::Other));
                }
            }
        }
        // A footnote repeated as "Ibid." (the same as the one before).
        texts.push(("Ibid.", Role::Other));

        // Kept sorted by inserting in place: a few hundred words, and no
        // sort routine in the WebAssembly.
        let mut vocab: Vec<String> = Vec::new();
        let mut raw = Vec::new();
        let words = LABEL_WORDS
            .into_iter()
            .chain(texts.iter().map(|(t, _)| *t))
            .chain(labels.iter().copied());
        for text in words {
            raw.clear();
            tokenize(text, &mut raw);
            for t in raw.drain(..).filter(|t| is_word(t)) {
                if let Err(at) = vocab.binary_search(&t.text) {
                    vocab.insert(at, t.text);
                }
            }
        }

        let mut forms = Forms {
            vocab,
            nodes: vec![Node::default()],
            labels: Vec::new(),
            question_word: [UNKNOWN; 4],
            options: vec![Vec::new(); data.questions.len()],
        };
        forms.question_word = LABEL_WORDS.map(|w| forms.id(w));
        let mut ids = Vec::new();
        for (text, role) in texts {
            forms.ids_of(text, &mut ids);
            if !ids.is_empty() {
                forms.insert(&ids, role);
            }
        }
        for (q, question) in data.questions.iter().enumerate() {
            for (c, choice) in question.choices.iter().enumerate() {
                for lang in [Lang::Sv, Lang::En] {
                    forms.ids_of(choice.label.get(lang), &mut ids);
                    if ids.is_empty() {
                        continue;
                    }
                    let label = match forms.labels.iter().position(|l| *l == ids) {
                        Some(i) => i,
                        None => {
                            forms.labels.push(ids.clone());
                            forms.labels.len() - 1
                        }
                    };
                    if let Some(options) = forms.options.get_mut(q) {
                        if !options.contains(&(label, c)) {
                            options.push((label, c));
                        }
                    }
                }
            }
        }
        forms
    }

    /// Returns the id of a folded word, or [`UNKNOWN`].
    pub(crate) fn id(&self, word: &str) -> u32 {
        self.vocab
            .binary_search_by(|w| w.as_str().cmp(word))
            .map_or(UNKNOWN, |i| i as u32)
    }

    /// The word ids of a form text (boxes and unknown words cannot occur in one).
    fn ids_of(&self, text: &str, out: &mut Vec<u32>) {
        let mut raw = Vec::new();
        tokenize(text, &mut raw);
        out.clear();
        out.extend(raw.iter().filter(|t| is_word(t)).map(|t| self.id(&t.text)));
    }

    fn insert(&mut self, ids: &[u32], role: Role) {
        let mut node = 0usize;
        for &id in ids {
            node = match self.child(node, id) {
                Some(c) => c,
                None => {
                    let c = self.nodes.len() as u32;
                    self.nodes.push(Node::default());
                    if let Some(parent) = self.nodes.get_mut(node) {
                        let at = parent.children.partition_point(|&(w, _)| w < id);
                        parent.children.insert(at, (id, c));
                    }
                    c as usize
                }
            };
        }
        if let Some(end) = self.nodes.get_mut(node) {
            if !end.roles.contains(&role) {
                end.roles.push(role);
            }
        }
    }

    /// The node reached from `node` by word `id`.
    pub(crate) fn child(&self, node: usize, id: u32) -> Option<usize> {
        let children = &self.nodes.get(node)?.children;
        children
            .binary_search_by_key(&id, |&(w, _)| w)
            .ok()
            .and_then(|i| children.get(i))
            .map(|&(_, c)| c as usize)
    }

    /// The roles of the text ending at `node` (empty when none ends there).
    pub(crate) fn roles(&self, node: usize) -> &[Role] {
        self.nodes.get(node).map_or(&[], |n| &n.roles)
    }

    /// Turns a tokenized document line into tokens with vocabulary ids.
    pub(crate) fn intern(&self, raw: &RawTok, line: usize) -> Tok {
        let id = if is_word(raw) {
            self.id(&raw.text)
        } else {
            UNKNOWN
        };
        Tok {
            id,
            kind: raw.kind,
            letter: raw.kind == Kind::Word && raw.text.chars().count() == 1,
            line: line as u32,
            start: raw.start as u32,
            end: raw.end as u32,
        }
    }
}

/// Words and numbers are matched against the vocabulary; boxes are not.
fn is_word(t: &RawTok) -> bool {
    matches!(t.kind, Kind::Word | Kind::Num | Kind::X)
}
