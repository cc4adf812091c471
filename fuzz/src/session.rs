//! Fuzz target `session`: scripted edits, a model of the answers, and a session that must agree with `check`.

#[allow(unused_imports)]
use super::*;

/// A piece of an edited text.
#[derive(Arbitrary, Debug)]
pub enum Piece {
    /// One of [`PALETTE`].
    Lit(u8),
    /// Any string.
    Any(String),
    /// A palette entry repeated (long answers, over budget).
    Repeat(u8, u16),
}

/// One edit a person (or a script) makes.
#[derive(Arbitrary, Debug)]
pub enum Edit {
    /// `session.set(question, text)`.
    Set(u8, Vec<Piece>),
    /// `session.choose(question, choice)`; `None` clears the choice.
    Choose(u8, Option<u8>),
    /// `session.set_lang`.
    Lang(bool),
    /// Rebuild the session from its own report's JSON.
    Reload,
}

/// A starting report and edits to apply.
#[derive(Arbitrary, Debug)]
pub struct Script {
    /// 0: the default template; 1, 2: the tiny template and its variant.
    pub template: u8,
    /// Answers the report starts with: question, choice, text.
    pub start: Vec<(u8, Option<Option<u8>>, Vec<Piece>)>,
    /// The edits.
    pub edits: Vec<Edit>,
}

/// Question ids a script may name: the template's and some it lacks.
fn question_ids(t: &Template) -> Vec<String> {
    let mut ids: Vec<String> = t.data().questions.iter().map(|q| q.id.clone()).collect();
    ids.extend(["9.9", "", "1.1 ", "a1\u{0}"].map(String::from));
    ids
}

/// Choice values a script may use: the question's own and some it lacks.
fn choice_value(t: &Template, q: &str, n: u8) -> String {
    let mut ids: Vec<String> = t
        .data()
        .questions
        .iter()
        .filter(|x| x.id == q)
        .flat_map(|x| x.choices.iter().map(|c| c.id.clone()))
        .collect();
    ids.extend(["JA", "ja ", "okänt", "", "nej\r\n"].map(String::from));
    ids[usize::from(n) % ids.len()].clone()
}

/// Builds the text of pieces, capped at about 40 000 bytes.
pub fn build_text(pieces: &[Piece]) -> String {
    let mut s = String::new();
    for p in pieces {
        match p {
            Piece::Lit(i) => s.push_str(PALETTE[usize::from(*i) % PALETTE.len()]),
            Piece::Any(x) => s.push_str(x),
            Piece::Repeat(i, n) => {
                s.push_str(&PALETTE[usize::from(*i) % PALETTE.len()].repeat(usize::from(*n) % 4000))
            }
        }
        if s.len() > 40_000 {
            break;
        }
    }
    s
}

/// The model: answers in a plain ordered list, edited by the rules the
/// session documents, written to JSON by hand (not by `Report::to_json`).
#[derive(Clone, Debug, Default)]
pub struct Model {
    /// (question id, choice (outer `Some` for a choice answer), text)
    pub answers: Vec<(String, Option<Option<String>>, String)>,
}

impl Model {
    fn find(&mut self, id: &str) -> Option<&mut (String, Option<Option<String>>, String)> {
        self.answers.iter_mut().find(|(k, _, _)| k == id)
    }

    /// `set`: a choice answer keeps its choice; a choice question gets a
    /// choice answer with no choice; anything else is a text answer.
    pub fn set(&mut self, id: &str, is_choice_question: bool, text: &str) {
        match self.find(id) {
            Some(entry) => {
                if entry.1.is_none() && is_choice_question {
                    entry.1 = Some(None);
                }
                entry.2 = text.to_string();
            }
            None => {
                let choice = if is_choice_question { Some(None) } else { None };
                self.answers
                    .push((id.to_string(), choice, text.to_string()));
            }
        }
    }

    /// `choose`: the text entered so far is kept.
    pub fn choose(&mut self, id: &str, choice: Option<&str>) {
        let choice = Some(choice.map(str::to_string));
        match self.find(id) {
            Some(entry) => entry.1 = choice,
            None => self.answers.push((id.to_string(), choice, String::new())),
        }
    }

    /// The report's JSON, byte for byte as `Report::to_json` must write it.
    pub fn json(&self, template: &str) -> String {
        let s = |x: &str| serde_json::to_string(x).unwrap_or_default();
        let answers: Vec<String> = self
            .answers
            .iter()
            .map(|(k, choice, text)| match choice {
                None => format!("{}:{}", s(k), s(text)),
                Some(None) => format!("{}:{{\"text\":{}}}", s(k), s(text)),
                Some(Some(c)) => format!("{}:{{\"choice\":{},\"text\":{}}}", s(k), s(c), s(text)),
            })
            .collect();
        format!(
            "{{\"template\":{},\"answers\":{{{}}}}}",
            s(template),
            answers.join(",")
        )
    }
}

/// Runs a [`Script`] from bytes: see [`run_script`].
pub fn session(data: &[u8]) {
    let Ok(script) = Script::arbitrary_take_rest(Unstructured::new(data)) else {
        return;
    };
    run_script(&script);
}

/// Applies a script's edits to a session and to the [`Model`]. After every
/// edit: the session's result equals a fresh `check` of its report; the
/// update agrees with the result; the report's JSON equals the model's byte
/// for byte; errors leave both unchanged.
pub fn run_script(script: &Script) {
    let t = Arc::new(match script.template % 3 {
        0 => Template::default_template(),
        n => tiny_template(n == 2),
    });
    let ids = question_ids(&t);
    let is_choice = |id: &str| {
        t.data()
            .questions
            .iter()
            .any(|q| q.id == id && !q.choices.is_empty())
    };
    let mut model = Model::default();
    for (q, choice, pieces) in &script.start {
        let id = &ids[usize::from(*q) % ids.len()];
        if model.answers.iter().any(|(k, _, _)| k == id) {
            continue;
        }
        let choice = choice.map(|c| c.map(|c| choice_value(&t, id, c)));
        model.answers.push((id.clone(), choice, build_text(pieces)));
    }
    let start_json = model.json(t.id());
    let report = Report::from_json(&start_json)
        .unwrap_or_else(|e| panic!("the model's report must read: {e}\n{start_json}"));
    assert_eq!(
        report.to_json(),
        start_json,
        "a report is written back byte for byte"
    );
    let mut lang = Lang::Sv;
    let mut s =
        Session::new(Arc::clone(&t), report, lang).unwrap_or_else(|e| panic!("session: {e}"));
    assert_session_matches_check(&s);

    for edit in &script.edits {
        match edit {
            Edit::Set(q, pieces) => {
                let id = &ids[usize::from(*q) % ids.len()];
                let text = build_text(pieces);
                match s.set(id, &text) {
                    Ok(u) => {
                        model.set(id, is_choice(id), &text);
                        assert_update_matches(&s, &u);
                    }
                    Err(e) => {
                        assert_eq!(e.code(), ErrorCode::QuestionUnknown, "{e}");
                        assert!(t.question_index(id).is_none());
                    }
                }
            }
            Edit::Choose(q, c) => {
                let id = &ids[usize::from(*q) % ids.len()];
                let choice = c.map(|c| choice_value(&t, id, c));
                match s.choose(id, choice.as_deref()) {
                    Ok(u) => {
                        model.choose(id, choice.as_deref());
                        assert_update_matches(&s, &u);
                    }
                    Err(e) if t.question_index(id).is_none() => {
                        assert_eq!(e.code(), ErrorCode::QuestionUnknown)
                    }
                    Err(e) => {
                        assert_eq!(e.code(), ErrorCode::QuestionNotChoice, "{e}");
                        assert!(!is_choice(id));
                    }
                }
            }
            Edit::Lang(en) => {
                lang = if *en { Lang::En } else { Lang::Sv };
                s.set_lang(lang);
            }
            Edit::Reload => {
                let r = Report::from_json(&s.report().to_json())
                    .unwrap_or_else(|e| panic!("reload: {e}"));
                let fresh =
                    Session::new(Arc::clone(&t), r, lang).unwrap_or_else(|e| panic!("reload: {e}"));
                assert_eq!(fresh.result(), s.result(), "a reloaded session agrees");
                s = fresh;
            }
        }
        assert_session_matches_check(&s);
        assert_eq!(
            s.report().to_json(),
            model.json(t.id()),
            "the report is the edits, byte for byte"
        );
    }
}
