//! The OpenAPI 3.1 document of the rules API, built from [`ENDPOINTS`] so that it lists exactly
//! the routes the router serves, each with its example request and the JSON Schema of its body,
//! derived from the very types the handlers decode (so the schema cannot drift from the code).
//! `make test` validates the document with a standard OpenAPI validator and checks every
//! example, here and in the README, against it.

use schemars::generate::SchemaSettings;
use serde_json::{json, Map, Value};

use super::endpoints::ENDPOINTS;

pub fn document() -> Value {
    // JSON Schema 2020-12 is OpenAPI 3.1's dialect; shared types go to `components/schemas`.
    let mut settings = SchemaSettings::draft2020_12();
    settings.definitions_path = "/components/schemas".into();
    let mut generator = settings.into_generator();
    let error = json!({
        "description": "Error / galat",
        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
    });
    let mut paths = Map::new();
    for e in ENDPOINTS {
        let example: Value = serde_json::from_str(e.example).unwrap_or(Value::Null);
        let schema = (e.schema)(&mut generator).to_value();
        paths.insert(
            e.path.to_string(),
            json!({
                "post": {
                    "summary": e.summary_en,
                    "description": format!("{}\n\n{}", e.summary_id, e.summary_en),
                    "tags": ["rules"],
                    "parameters": [{ "$ref": "#/components/parameters/AcceptLanguage" }],
                    "requestBody": {
                        "required": true,
                        "content": { "application/json": {
                            "schema": schema,
                            "example": example
                        } }
                    },
                    "responses": {
                        "200": {
                            "description": "Result with its explanation trace",
                            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Answer" } } }
                        },
                        "400": error.clone(),
                        "413": { "description": "Body too large / badan permintaan terlalu besar" },
                        "415": error.clone(),
                        "422": error.clone(),
                        "429": error.clone()
                    }
                }
            }),
        );
    }
    paths.insert(
        "/api/v1/rules/rule-set".into(),
        json!({ "get": {
            "summary": "The rule set in force, with every parameter",
            "tags": ["rules"],
            "responses": { "200": { "description": "RuleSet", "content": { "application/json": { "schema": { "type": "object" } } } } }
        } }),
    );
    let mut schemas = answer_schemas();
    for (name, schema) in generator.take_definitions(true) {
        schemas.insert(name, schema);
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Prestasi rules API",
            "version": "1",
            "description": "Stateless computations of the ASN rules (no login, rate-limited). Every answer carries the rule-set id and a step-by-step trace. Errors are in Bahasa Indonesia by default; send Accept-Language: en for English."
        },
        "paths": paths,
        "components": {
            "parameters": {
                "AcceptLanguage": {
                    "name": "Accept-Language", "in": "header", "required": false,
                    "schema": { "type": "string", "example": "en" },
                    "description": "id (default) or en: the language of error messages"
                }
            },
            "schemas": schemas,
        }
    })
}

/// The shared schemas: the request types' definitions and the answers'.
fn answer_schemas() -> Map<String, Value> {
    let Value::Object(map) = json!({
                "Answer": {
                    "type": "object", "required": ["result", "trace"],
                    "properties": {
                        "result": {},
                        "trace": { "$ref": "#/components/schemas/Trace" }
                    }
                },
                "Trace": {
                    "type": "object", "required": ["rule_set", "steps"],
                    "properties": {
                        "rule_set": { "type": "string" },
                        "steps": { "type": "array", "items": {
                            "type": "object", "required": ["rule", "regulation", "inputs", "output"],
                            "properties": {
                                "rule": { "type": "string" }, "regulation": { "type": "string" },
                                "inputs": { "type": "array", "items": { "type": "array", "prefixItems": [{ "type": "string" }, { "type": "string" }] } },
                                "output": { "type": "string" }
                            }
                        } }
                    }
                },
                "Error": {
                    "type": "object", "required": ["error"],
                    "properties": { "error": {
                        "type": "object", "required": ["code", "message"],
                        "properties": {
                            "code": { "type": "string" },
                            "field": { "type": ["string", "null"] },
                            "message": { "type": "string" }
                        }
                    } }
                }
    }) else {
        unreachable!("an object literal")
    };
    map
}
