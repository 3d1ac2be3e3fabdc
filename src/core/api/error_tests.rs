use super::*;

#[test]
fn decodes_the_documented_envelopes() {
    let e = ApiError::from_response(
        409,
        r#"{"conflict": {"guid": "e250bf7e-688d-45ba-8308-58374529be58", "message": "A new order has already been created for this ownerID", "code": 409, "details": ""}}"#,
    );
    let f = e.fault().unwrap();
    assert_eq!(f.kind, "conflict");
    assert_eq!(f.code, 409);
    assert!(f.details.is_empty());
    assert_eq!(
        e.to_string(),
        "A new order has already been created for this ownerID"
    );
    // guid is absent in older examples
    let e = ApiError::from_response(
        400,
        r#"{ "computeFault": { "message": "Account has not been set", "code": 400, "details": "" } }"#,
    );
    assert_eq!(e.fault().unwrap().guid, None);
    let e = ApiError::from_response(
        400,
        r#"{"badRequest": {"message": "POST data error", "code": 400, "details": {"notes": "Required"}}}"#,
    );
    assert_eq!(e.fault().unwrap().detail("notes"), Some("Required"));
}

#[test]
fn envelopes_in_other_shapes_are_read_or_refused_as_before() {
    // Details in the API's order, each said as text: lists joined, numbers written, the rest left out.
    let f = Fault::decode(
        r#"{"badRequest": {"details": {"phone": ["Required", "Too short"], "zip": 5, "x": {"y": 1}, "name": "Taken"}, "code": "400", "message": "POST data error", "extra": [1]}, "more": {}}"#,
    )
    .unwrap();
    assert_eq!(
        f.details,
        [
            ("phone".to_string(), "Required Too short".to_string()),
            ("zip".to_string(), "5".to_string()),
            ("name".to_string(), "Taken".to_string()),
        ]
    );
    assert_eq!((f.kind.as_str(), f.code), ("badRequest", 0));
    // Not an envelope: no message, a message that is not text, not an object, not JSON.
    for body in [
        r#"{"conflict": {"code": 409}}"#,
        r#"{"conflict": {"message": 1}}"#,
        r#"{"conflict": "Conflict"}"#,
        r#"["conflict"]"#,
        "{}",
        "<html>Bad gateway</html>",
    ] {
        assert_eq!(Fault::decode(body), None, "{body}");
    }
}

#[test]
fn plain_text_401_is_kept_apart() {
    let e = ApiError::from_response(401, "This server could not verify that you are authorized to access the document you requested.");
    assert!(matches!(e, ApiError::Text { status: 401, .. }));
    assert!(e.to_string().starts_with("Not authorized"));
    assert!(!e.is_transient());
    assert!(ApiError::from_response(502, "").is_transient());
    let backend = ApiError::from_response(
        502,
        r#"{"computeFault": {"message": "Unexpected backend response", "code": 502, "details": ""}}"#,
    );
    assert!(
        backend.to_string().contains("try again")
            && !backend.to_string().contains("backend response"),
        "a server error is said in words, not in the API's internal text"
    );
    assert!(backend.is_service_fault());
    assert!(backend
        .reference()
        .contains(&("HTTP status".to_string(), "502".to_string())));
}

#[test]
fn a_broken_body_never_reaches_the_message_but_its_guid_reaches_the_reference() {
    let truncated = r#"{"computeFault": {"guid": "3f1c2a9e-0b7d-4c1e-9a55-2f6e8d7c1b00", "message": "Internal server er"#;
    let e = ApiError::from_response(500, truncated);
    assert!(matches!(e, ApiError::Text { status: 500, .. }));
    let shown = e.to_string();
    assert!(
        !shown.contains('{') && !shown.contains("Internal"),
        "{shown}"
    );
    assert!(e.reference().contains(&(
        "Error id".to_string(),
        "3f1c2a9e-0b7d-4c1e-9a55-2f6e8d7c1b00".to_string()
    )));
    assert!(e.console_text("catalog").contains("Internal server er"));
    let html = ApiError::from_response(
        502,
        "<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>",
    );
    assert!(!html.to_string().contains('<') && !html.to_string().contains("nginx"));
    assert!(!html.reference().iter().any(|(_, v)| v.contains("nginx")));
    let network = ApiError::Network("TypeError: Failed to fetch".into());
    assert!(!network.to_string().contains("TypeError"));
    // Only a plain identifier is taken as a guid, never other text.
    assert_eq!(
        scrape_guid(r#"{"guid": "<script>alert(1)</script>"}"#),
        None
    );
}
