use super::*;

fn square(x0: f64, y0: f64, size: f64) -> Vec<Point> {
    vec![
        [x0, y0],
        [x0 + size, y0],
        [x0 + size, y0 + size],
        [x0, y0 + size],
        [x0, y0],
    ]
}

#[test]
fn projection_maps_the_corners_of_its_bounds_to_the_frame() {
    let b = Bounds {
        min: [4.24, 50.76],
        max: [4.48, 50.92],
    };
    let p = Projection::fit(b, 600.0);
    let close = |a: [f64; 2], e: [f64; 2]| (a[0] - e[0]).abs() < 1e-9 && (a[1] - e[1]).abs() < 1e-9;
    assert!(close(p.project([4.24, 50.92]), [0.0, 0.0]));
    assert!(close(p.project([4.48, 50.76]), [600.0, p.height]));
    // A degree of longitude at 50.84°N is cos(50.84°) of a degree of latitude.
    let expected = 600.0 * 0.16 / (0.24 * 50.84f64.to_radians().cos());
    assert!((p.height - expected).abs() < 1e-6, "{}", p.height);
}

#[test]
fn a_plain_frame_is_neither_a_sliver_nor_a_tower() {
    let one = Bounds::of([[4.3228, 50.8105]])
        .unwrap()
        .padded(0.1, 0.01)
        .framed();
    let p = Projection::fit(one, 640.0);
    assert!((p.height - 640.0).abs() < 1e-6, "{}", p.height);
    let wide = Bounds::of([[4.2, 50.8], [4.5, 50.81]]).unwrap().framed();
    let p = Projection::fit(wide, 640.0);
    assert!((p.height - 480.0).abs() < 1e-6, "{}", p.height);
}

#[test]
fn finds_a_known_point_in_its_commune() {
    let (b, diags) = parse(include_bytes!("../../data/communes.geojson"));
    assert!(diags.is_empty(), "{diags:?}");
    let b = b.unwrap();
    assert_eq!(b.features.len(), 19);
    // Quartier Bervoets, Forest; the Grand-Place, Brussels; Place Flagey, Ixelles.
    assert_eq!(
        b.commune_at([4.3228, 50.8105]).map(|f| f.id.as_str()),
        Some("forest")
    );
    assert_eq!(
        b.commune_at([4.3524, 50.8467]).map(|f| f.id.as_str()),
        Some("bruxelles")
    );
    assert_eq!(
        b.commune_at([4.3722, 50.8275]).map(|f| f.id.as_str()),
        Some("ixelles")
    );
    assert!(
        b.commune_at([4.70, 50.88]).is_none(),
        "Leuven is not in Brussels"
    );
}

#[test]
fn holes_are_outside_and_every_part_of_a_multipolygon_inside() {
    let with_hole = Polygon {
        rings: vec![square(0.0, 0.0, 10.0), square(4.0, 4.0, 2.0)],
    };
    assert!(with_hole.contains([1.0, 1.0]));
    assert!(!with_hole.contains([5.0, 5.0]));
    assert!(!with_hole.contains([11.0, 5.0]));
    let multi = Feature {
        id: "x".into(),
        span: Span::start(),
        polygons: vec![
            with_hole,
            Polygon {
                rings: vec![square(20.0, 0.0, 1.0)],
            },
        ],
    };
    assert!(multi.contains([20.5, 0.5]));
    assert!(multi.contains([9.5, 9.5]));
    assert!(!multi.contains([5.5, 5.5]));
    assert!(!multi.contains([15.0, 0.5]));
}

fn problems(text: &str) -> Vec<(u32, u32, String)> {
    let (_, d) = parse(text.as_bytes());
    d.into_iter()
        .map(|d| {
            assert_eq!(d.rule, Rule::GeoInvalid);
            (
                d.span.line,
                d.span.column,
                d.message_in(crate::i18n::Lang::En),
            )
        })
        .collect()
}

fn collection(features: &str) -> String {
    format!("{{\"type\": \"FeatureCollection\", \"features\": [\n{features}\n]}}")
}

fn feature(id: &str, geometry: &str) -> String {
    format!(
        "{{\"type\": \"Feature\", \"properties\": {{\"id\": \"{id}\"}}, \"geometry\": {geometry}}}"
    )
}

#[test]
fn reports_shape_problems_at_their_line_and_column() {
    let open = feature(
        "a",
        r#"{"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,1]]]}"#,
    );
    let p = problems(&collection(&open));
    assert_eq!(p.len(), 1);
    assert_eq!((p[0].0, p[0].1), (2, 96));
    assert!(p[0].2.contains("not closed"), "{}", p[0].2);

    let short = feature(
        "a",
        r#"{"type": "Polygon", "coordinates": [[[0,0],[1,0],[0,0]]]}"#,
    );
    assert!(problems(&collection(&short))[0]
        .2
        .contains("at least 4 positions"));

    let range = feature(
        "a",
        r#"{"type": "MultiPolygon", "coordinates": [[[[0,0],[1,0],[1,91],[0,0]]]]}"#,
    );
    let p = problems(&collection(&range));
    assert_eq!((p[0].0, p[0].1), (2, 118));
    assert!(p[0].2.contains("latitude 91"), "{}", p[0].2);

    let text = feature(
        "a",
        r#"{"type": "Polygon", "coordinates": [[[0,"0"],[1,0],[1,1],[0,0]]]}"#,
    );
    assert!(problems(&collection(&text))[0]
        .2
        .contains("array [longitude, latitude]"));

    let point = feature("a", r#"{"type": "Point", "coordinates": [0, 0]}"#);
    assert!(problems(&collection(&point))[0]
        .2
        .contains("Polygon or a MultiPolygon"));

    let good = feature(
        "a",
        r#"{"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,0]]]}"#,
    );
    let p = problems(&collection(&format!("{good},\n{good}")));
    assert_eq!(p.len(), 1);
    assert_eq!((p[0].0, p[0].1), (3, 42));
    assert!(p[0].2.contains("two features"), "{}", p[0].2);

    assert!(problems("{\"type\": \"Feature\"}")[0]
        .2
        .contains("FeatureCollection"));
    let p = problems("{\"type\": \"FeatureCollection\",\n  \"features\": [}");
    assert_eq!((p[0].0, p[0].1), (2, 16));
}

#[test]
fn refuses_files_over_the_bounds_before_reading_them_whole() {
    let start = std::time::Instant::now();
    let huge = vec![b'['; json::MAX_BYTES + 1];
    let (b, d) = parse(&huge);
    assert!(b.is_none());
    assert!(
        d[0].message_in(crate::i18n::Lang::En)
            .contains("over the limit of 50 MB"),
        "{:?}",
        d[0].message
    );
    let many = format!(
        "{{\"type\": \"FeatureCollection\", \"features\": [[{}]]}}",
        "[4.3,50.8],".repeat(json::MAX_POSITIONS + 5)
    );
    let (b, d) = parse(many.as_bytes());
    assert!(b.is_none());
    assert!(
        d[0].message_in(crate::i18n::Lang::En)
            .contains("more than 1000000 positions"),
        "{:?}",
        d[0].message
    );
    assert!(start.elapsed().as_secs() < 10);
}
