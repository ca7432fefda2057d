#!/usr/bin/env python3
"""The public API says what it takes: validate the rules API's OpenAPI document with a standard
validator, then every request example in it and every curl example in the README against the
request schema of its path. A body the schema refuses, a README path the document does not know,
or a schema that accepts an obviously wrong body fails the check.

    openapi_check.py openapi.json README.md
"""
import json
import re
import sys

from jsonschema import Draft202012Validator
from openapi_spec_validator import validate


def body_schema(doc, path):
    pointer = "/".join(["#", "paths", path.replace("~", "~0").replace("/", "~1"),
                        "post", "requestBody", "content", "application~1json", "schema"])
    # The whole document as the root resource, so `#/components/schemas/…` resolves.
    return Draft202012Validator({**doc, "$ref": pointer})


def main(openapi_path, readme_path):
    doc = json.load(open(openapi_path))
    validate(doc)  # OpenAPI 3.1, by openapi-spec-validator
    paths = [p for p, item in doc["paths"].items() if "post" in item]
    problems, checked = [], 0
    for path in paths:
        op = doc["paths"][path]["post"]
        schema = op["requestBody"]["content"]["application/json"]["schema"]
        if schema in ({}, {"type": "object"}) or not schema:
            problems.append(f"{path}: empty request schema")
        example = op["requestBody"]["content"]["application/json"]["example"]
        for error in body_schema(doc, path).iter_errors(example):
            problems.append(f"{path}: its own example: {error.message}")
        checked += 1
        # The schema must refuse what the server refuses: an unknown field.
        if body_schema(doc, path).is_valid({**example, "no_such_field": 1}):
            problems.append(f"{path}: the schema accepts an unknown field")
    readme = open(readme_path).read()
    examples = re.findall(r"curl [^\n]*?-d '(\{.*?\})' \\\n\s+\S*?(/api/v1/[a-z0-9/\-]+)", readme)
    documented = {p for _, p in examples}
    for path in paths:
        if path not in documented:
            problems.append(f"{path}: no curl example in the README")
    for body, path in examples:
        if path not in doc["paths"]:
            problems.append(f"README example for {path}: not in the OpenAPI document")
            continue
        for error in body_schema(doc, path).iter_errors(json.loads(body)):
            problems.append(f"README example for {path}: {error.message}")
        checked += 1
    for p in problems:
        print("FAIL", p)
    print(f"OpenAPI document valid; {checked} examples checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
