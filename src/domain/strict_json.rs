//! JSON parsing that notices repeated keys. `serde_json::Value` keeps the
//! last of two equal keys without a word, so a stored value such as
//! `{"version":9,"version":1}` would read as version 1 with nothing reported,
//! and the next save would lose the other value.

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::fmt;

/// The value, and every key that appeared more than once in an object
/// (each time it appeared again). None when `raw` is not JSON.
pub fn parse(raw: &str) -> Option<(Value, Vec<String>)> {
    let mut repeated = Vec::new();
    let mut deserializer = serde_json::Deserializer::from_str(raw);
    let value = Checked(&mut repeated).deserialize(&mut deserializer).ok()?;
    deserializer.end().ok()?;
    Some((value, repeated))
}

/// Builds a `Value`, writing repeated keys down as it goes.
struct Checked<'a>(&'a mut Vec<String>);

impl<'de> DeserializeSeed<'de> for Checked<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Checked<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(Checked(&mut *self.0))? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(Checked(&mut *self.0))?;
            if object.insert(key.clone(), value).is_some() {
                self.0.push(key);
            }
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn repeated_keys_are_reported_at_any_depth() {
        let (value, repeated) =
            parse(r#"{"version":9,"version":1,"p":{"core":1,"core":9},"l":[{"a":1,"a":2}]}"#)
                .unwrap_or_default();
        assert_eq!(repeated, ["version", "core", "a"]);
        assert_eq!(value["version"], 1);
    }

    #[test]
    fn anything_that_is_not_one_json_value_is_refused() {
        for raw in ["", "{", "{} {}", "[1,]", "{\"a\"}", "nul"] {
            assert_eq!(parse(raw), None, "{raw}");
        }
    }

    proptest! {
        #[test]
        fn agrees_with_serde_json_when_no_key_repeats(raw in "\\PC{0,40}|\\{(\"[a-c]\":(-?[0-9.e]{1,4}|\"x\"|null|true|\\[1?\\]|\\{\\}),?){0,4}\\}") {
            let ours = parse(&raw);
            let theirs = serde_json::from_str::<Value>(&raw).ok();
            match ours {
                Some((value, repeated)) if repeated.is_empty() => prop_assert_eq!(Some(value), theirs),
                Some((_, _)) => prop_assert!(theirs.is_some()),
                None => prop_assert_eq!(theirs, None),
            }
        }
    }
}
