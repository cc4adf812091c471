//! The hand-written writer and reader against serde: on the real report,
//! every result, update, template and normalization must be byte for byte
//! what `serde_json::to_string` writes from the `Serialize` derives (the
//! contract the CLI, Node and the browser share).

use alloc::sync::Arc;

use super::to_string;
use crate::{check, normalize, Lang, Report, Session, Template};

fn fixture() -> Report {
    let json = include_str!("../../tests/fixtures/jamtland-2024.json");
    Report::from_json(json).unwrap()
}

#[test]
fn json_results_equal_serde() {
    let t = Arc::new(Template::default_template());
    let report = fixture();
    for lang in [Lang::Sv, Lang::En] {
        let r = check(&t, &report, lang).unwrap();
        assert!(!r.findings.is_empty() && !r.score_breakdown.losses.is_empty());
        assert_eq!(to_string(&r), serde_json::to_string(&r).unwrap());
        let empty = check(&t, &Report::new(t.id(), vec![]), lang).unwrap();
        assert_eq!(to_string(&empty), serde_json::to_string(&empty).unwrap());
        let mut s = Session::new(Arc::clone(&t), report.clone(), lang).unwrap();
        for (q, text) in [("2.1", "Kort."), ("3.1", ""), ("5.1a", "x\u{1}\"\\\t")] {
            let u = s.set(q, text).unwrap();
            assert_eq!(to_string(&u), serde_json::to_string(&u).unwrap());
        }
        for c in [Some("nej"), None, Some("okänd")] {
            let u = s.choose("5.1a", c).unwrap();
            assert_eq!(to_string(&u), serde_json::to_string(&u).unwrap());
        }
    }
    let n = normalize("utveck- ling fö r alla \n\n\n\nSlut\u{200b}\u{7}");
    assert!(!n.changes.is_empty());
    assert_eq!(to_string(&n), serde_json::to_string(&n).unwrap());
    assert_eq!(
        to_string(t.data()),
        serde_json::to_string(t.data()).unwrap()
    );
}

#[test]
fn json_template_reader_equals_serde() {
    let src = Template::embedded_source(crate::DEFAULT_TEMPLATE_ID).unwrap();
    let by_serde: crate::TemplateData = serde_json::from_str(src).unwrap();
    assert_eq!(Template::from_json(src).unwrap().data(), &by_serde);
    // Written back and read again, the template is the same.
    let again = Template::from_json(&to_string(&by_serde)).unwrap();
    assert_eq!(again.data(), &by_serde);
}

#[test]
fn json_report_round_trips_with_other_fields_as_written() {
    let json = r#"{"år":2024,"template":"t","meta":{"b":[1,{"c":null}],"a":"\u00e5","n":1e2},"answers":{"1.1":"a"}}"#;
    let r = Report::from_json(json).unwrap();
    assert_eq!(r.to_json(), json);
    let spaced = "{ \"x\" : [ 1 , \"a b\" ] ,\n \"answers\" : { } }";
    assert_eq!(
        Report::from_json(spaced).unwrap().to_json(),
        r#"{"x":[1,"a b"],"answers":{}}"#
    );
    let fixture_json = include_str!("../../tests/fixtures/jamtland-2024.json");
    let r = fixture();
    assert_eq!(Report::from_json(&r.to_json()).unwrap(), r);
    let v: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
    let w: serde_json::Value = serde_json::from_str(fixture_json).unwrap();
    assert_eq!(v, w);
}
