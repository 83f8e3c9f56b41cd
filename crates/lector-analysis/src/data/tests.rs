use super::*;

/// Invented news text touching every list: places, people, companies,
/// acronyms, demonyms, a headline in Title Case.
const TEXT: &str = "Storm Batters Coastal Towns As Residents Flee\n\n\
    LISBON (AP) — Maria Okonkwo-Hale, a spokeswoman for Veltrano Holdings, said Tuesday that \
    the company's CEO had met Portuguese officials in Porto and Coimbra. Okonkwo-Hale said the \
    talks with NATO and the European Commission would continue in Brussels, Belgium. \
    Officials in Fulton County, Georgia, said the river was expected to crest Friday.";

fn packed() -> Vec<u8> {
    AnalyzerData::embedded().to_bytes()
}

#[test]
fn packed_data_round_trips_and_analyses_like_the_embedded_data() {
    let bytes = packed();
    let loaded = AnalyzerData::from_bytes(&bytes).expect("the packed data loads");
    assert_eq!(loaded.to_bytes(), bytes, "packing what was loaded gives the same bytes");
    let embedded = crate::analyze(TEXT);
    let with_loaded = crate::analyze_with(&loaded, TEXT);
    assert!(embedded.entities.len() >= 5, "a real model finds the names: {:?}", embedded.entities);
    assert_eq!(with_loaded.entities, embedded.entities);
    assert_eq!(with_loaded.cues, embedded.cues);
    assert_eq!(with_loaded.sentences, embedded.sentences);
}

#[test]
fn damaged_files_are_refused_with_a_reason() {
    let bytes = packed();
    let mut flipped = bytes.clone();
    flipped[bytes.len() / 2] ^= 0x10;
    let mut other_format = bytes.clone();
    other_format[4] = 9;
    let mut extra = bytes.clone();
    extra.push(0);
    let cases: [(&str, &[u8], DataError); 7] = [
        ("empty", &[], DataError::NotAnalyzerData),
        ("an image", b"\x89PNG\r\n\x1a\n0000000000000000000000", DataError::NotAnalyzerData),
        ("header only", &bytes[..20], DataError::Truncated),
        ("cut short", &bytes[..bytes.len() - 100], DataError::Truncated),
        ("a flipped bit", &flipped, DataError::Damaged),
        ("another format", &other_format, DataError::UnknownFormat(9)),
        ("trailing bytes", &extra, DataError::Damaged),
    ];
    for (what, file, expected) in cases {
        assert_eq!(AnalyzerData::from_bytes(file).err(), Some(expected), "{what}");
    }
    let message = DataError::Damaged.to_string();
    assert!(message.contains("download it again"), "{message}");
}
