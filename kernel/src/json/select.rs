//! Any value of a decision by its path (issue 30: "any decision field as a column", as
//! OpenFisca users ask for any variable). A path is the decision JSON's own: `verdict`,
//! `refund.refund_ore`, `deadlines[0].days_left`, `reasons`, `receipt.params_sha256`, and
//! `routes[waiting_time].verdict` for the element of a list whose first field (its name:
//! `route`, `id`, `code`) is the one named.
//!
//! [`check_path`] checks a path against the kind's decision schema (`kernel/schema/`, the same
//! files every other check reads) before any case is decided, naming the step at fault and the
//! field meant; [`select`] then reads the value from a decision's JSON as the kernel wrote it.
//! Both walk JSON text the kernel itself wrote (the schema, the decision), so they only need to
//! find their way, never to judge it; they still never index past the end.

use crate::fact::CaseKind;
use core::fmt;

/// The decision schema of each kind, as `kernel/schema/` holds it (checked fresh against the
/// kernel's types by `tests/generated.rs`). Only Python's `outputs=` reads them: a firmware
/// image that never checks a path links none of this text.
fn schema(kind: CaseKind) -> &'static str {
    match kind {
        CaseKind::Outbound => include_str!("../../schema/decision.schema.json"),
        CaseKind::Inbound => include_str!("../../schema/inbound_decision.schema.json"),
        CaseKind::Method => include_str!("../../schema/method_decision.schema.json"),
    }
}

/// The name of `kind`'s decision schema (`helserett.decision/8`); `any::decision_schema`
/// gives it to every caller.
pub(crate) const fn schema_name(kind: CaseKind) -> &'static str {
    match kind {
        CaseKind::Outbound => crate::outbound::decision::DECISION_SCHEMA,
        CaseKind::Inbound => crate::inbound::decision::INBOUND_DECISION_SCHEMA,
        CaseKind::Method => crate::methods::decision::METHOD_DECISION_SCHEMA,
    }
}

/// One step of a path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step<'p> {
    /// `.name`: an object's field.
    Field(&'p str),
    /// `[3]`: an array's element.
    Index(usize),
    /// `[waiting_time]`: the element of an array of objects whose first field is this string.
    Key(&'p str),
}

/// Why a path names nothing in the decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathProblem {
    /// Not a path: empty, an empty step, a bracket not closed, a character not in a name.
    Malformed,
    /// The object has no field of this name.
    NoSuchField,
    /// `[…]` after a value that is no list.
    NotAList,
    /// `[name]` names no element the list can hold (not one of its first field's values).
    NoSuchElement,
    /// `.name` after a value that is no object.
    NotAnObject,
}

/// A path that names nothing in the decision: the path, how far it was good, why, and the
/// name meant when one is near.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PathError<'p> {
    /// The path as given.
    pub path: &'p str,
    /// The part of it that was good (`refund.` of `refund.refund_or`).
    pub good: &'p str,
    /// Why the next step failed.
    pub problem: PathProblem,
    /// The field or element meant, when one is near (`crate::suggest`).
    pub did_you_mean: Option<&'static str>,
    /// The decision's schema (`helserett.decision/8`).
    pub schema: &'static str,
}

impl fmt::Display for PathError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let why = match self.problem {
            PathProblem::Malformed => {
                "is not a decision path (fields with `.`, list elements with `[0]` or `[name]`)"
            }
            PathProblem::NoSuchField => "names no field of the decision",
            PathProblem::NotAList => "indexes a value that is no list",
            PathProblem::NoSuchElement => "names no element that list can hold",
            PathProblem::NotAnObject => "asks for a field of a value that has none",
        };
        write!(f, "{}: {} ({})", self.path, why, self.schema)?;
        if let Some(name) = self.did_you_mean {
            // The path mended: what was good, the name meant, and the rest after the bad name
            // (`routes[waiting_tim].verdict` → `routes[waiting_time].verdict`).
            let rest = self.path.get(self.good.len()..).unwrap_or("");
            let tail = if self.good.ends_with('[') {
                rest.find(']').map_or("", |end| &rest[end..])
            } else {
                rest.trim_start_matches(|c: char| c.is_ascii() && is_name(c as u8))
            };
            write!(f, "; did you mean {}{name}{tail}?", self.good)?;
        }
        Ok(())
    }
}

/// Checks that `path` names a value of a `kind` decision, by its schema.
pub fn check_path(kind: CaseKind, path: &str) -> Result<(), PathError<'_>> {
    let root = Node(schema(kind));
    let fail = |good: usize, problem: PathProblem, did_you_mean: Option<&'static str>| PathError {
        path,
        good: path.get(..good).unwrap_or(""),
        problem,
        did_you_mean,
        schema: schema_name(kind),
    };
    let mut node = root;
    for step in Steps::new(path) {
        let (step, at) = step.map_err(|good| fail(good, PathProblem::Malformed, None))?;
        node = root.resolve(node);
        node = match step {
            Step::Field(name) => {
                let objects = || {
                    root.alternatives(node)
                        .filter_map(|n| n.member("properties"))
                };
                if objects().next().is_none() {
                    return Err(fail(at, PathProblem::NotAnObject, None));
                }
                match objects().find_map(|p| p.member(name)) {
                    Some(n) => n,
                    None => {
                        let names = objects().flat_map(|p| p.keys());
                        let near = crate::suggest::nearest(name, names);
                        return Err(fail(at, PathProblem::NoSuchField, near));
                    }
                }
            }
            Step::Index(_) | Step::Key(_) => {
                let Some(items) = root.alternatives(node).find_map(|n| n.member("items")) else {
                    return Err(fail(at, PathProblem::NotAList, None));
                };
                if let Step::Key(key) = step {
                    // Each kind of element's first field (its name), and the values its
                    // schema allows: a name no kind of element can have is refused.
                    let firsts = || {
                        root.alternatives(items)
                            .filter_map(|n| n.member("properties"))
                            .filter_map(|p| p.members().next())
                            .map(|(_, n)| root.resolve(n).member("enum"))
                    };
                    let open = firsts().any(|allowed| match allowed {
                        Some(values) => values.elements().any(|v| v.string() == Some(key)),
                        // A name without a list of values (a fact's path): any may be there.
                        None => true,
                    });
                    if !open {
                        let names = firsts().flatten().flat_map(|v| v.elements());
                        let near = crate::suggest::nearest(key, names.filter_map(|v| v.string()));
                        // The mended path keeps the `[`.
                        return Err(fail(at + 1, PathProblem::NoSuchElement, near));
                    }
                }
                items
            }
        };
    }
    Ok(())
}

/// The value at `path` in a decision's JSON (as the kernel wrote it), as JSON text; `None`
/// when the path runs into `null`, past a list's end or to no element of that name (a row
/// without a refund has no `refund.refund_ore`). Check the path first ([`check_path`]): a path
/// the schema does not have is `None` here.
pub fn select<'j>(json: &'j str, path: &str) -> Option<&'j str> {
    let mut node = Node(json);
    for step in Steps::new(path) {
        let (step, _) = step.ok()?;
        node = match step {
            Step::Field(name) => node.member(name)?,
            Step::Index(i) => node.elements().nth(i)?,
            Step::Key(key) => node
                .elements()
                .find(|e| e.members().next().and_then(|(_, v)| v.string()) == Some(key))?,
        };
    }
    let text = node.text();
    (text != "null").then_some(text)
}

/// The steps of a path, each with the byte where it starts; a malformed step gives the byte
/// where the path went wrong.
struct Steps<'p> {
    path: &'p str,
    at: usize,
}

impl<'p> Steps<'p> {
    fn new(path: &'p str) -> Self {
        Steps { path, at: 0 }
    }
}

fn is_name(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'-'
}

impl<'p> Iterator for Steps<'p> {
    /// The step and the byte where it starts, or the byte where the path went wrong.
    type Item = Result<(Step<'p>, usize), usize>;

    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.path.as_bytes();
        let start = self.at;
        if start >= bytes.len() {
            // An empty path is malformed; a finished one has no more steps.
            return (start == 0).then_some(Err(0)).inspect(|_| self.at = 1);
        }
        let bad = |at: usize| Some(Err(at));
        match bytes[start] {
            // `a.[0]`: a `.` is followed by a name.
            b'[' if start > 0 && bytes.get(start - 1) == Some(&b'.') => {
                self.at = bytes.len();
                bad(start)
            }
            b'[' => {
                let Some(len) = bytes[start + 1..].iter().position(|c| *c == b']') else {
                    self.at = bytes.len();
                    return bad(start);
                };
                let inner = &self.path[start + 1..start + 1 + len];
                // A name in brackets may hold dots (`missing[treatment.country]`).
                if inner.is_empty() || !inner.bytes().all(|c| is_name(c) || c == b'.') {
                    self.at = bytes.len();
                    return bad(start);
                }
                self.at = start + len + 2;
                let step = match inner.parse::<usize>() {
                    Ok(i) => Step::Index(i),
                    Err(_) => Step::Key(inner),
                };
                // After `]`: the end, `.name` or another `[`.
                if let Some(b'.') = bytes.get(self.at) {
                    if self.at + 1 >= bytes.len() {
                        self.at = bytes.len();
                        return bad(start);
                    }
                    self.at += 1;
                } else if !matches!(bytes.get(self.at), None | Some(b'[')) {
                    let at = self.at;
                    self.at = bytes.len();
                    return bad(at);
                }
                Some(Ok((step, start)))
            }
            _ => {
                let len = bytes[start..].iter().take_while(|c| is_name(**c)).count();
                let end = start + len;
                if len == 0 || !matches!(bytes.get(end), None | Some(b'.' | b'[')) {
                    self.at = bytes.len();
                    return bad(start);
                }
                self.at = match bytes.get(end) {
                    Some(b'.') if end + 1 < bytes.len() => end + 1,
                    Some(b'.') => {
                        self.at = bytes.len();
                        return bad(end);
                    }
                    _ => end,
                };
                Some(Ok((Step::Field(&self.path[start..end]), start)))
            }
        }
    }
}

/// A JSON value inside text the kernel wrote: the text from its first byte on (it ends where
/// the value does; [`Node::end`] finds it).
#[derive(Clone, Copy, Debug)]
struct Node<'j>(&'j str);

impl<'j> Node<'j> {
    fn bytes(&self) -> &'j [u8] {
        self.0.as_bytes()
    }

    /// The first byte after blanks.
    fn start(self) -> Node<'j> {
        Node(self.0.trim_start())
    }

    /// Where this value ends (its length), walking strings and brackets; the text's end if it
    /// is cut short.
    fn end(self) -> usize {
        let b = self.bytes();
        let mut depth = 0usize;
        let mut i = 0;
        while let Some(&c) = b.get(i) {
            match c {
                b'"' => {
                    i += 1;
                    while let Some(&c) = b.get(i) {
                        match c {
                            b'\\' => i += 2,
                            b'"' => break,
                            _ => i += 1,
                        }
                    }
                    i += 1;
                    if depth == 0 {
                        return i.min(b.len());
                    }
                    continue;
                }
                b'{' | b'[' => depth += 1,
                // A scalar ends before its container closes; a container when its own does.
                b'}' | b']' if depth == 0 => return i,
                b'}' | b']' => {
                    depth -= 1;
                    if depth == 0 {
                        return i + 1;
                    }
                }
                b',' | b':' if depth == 0 => return i,
                _ => {}
            }
            i += 1;
        }
        b.len()
    }

    /// This value's text alone.
    fn text(self) -> &'j str {
        let n = self.start();
        n.0.get(..n.end()).unwrap_or(n.0).trim_end()
    }

    /// The string this value is, as written (the kernel's names hold no escapes).
    fn string(self) -> Option<&'j str> {
        let t = self.text();
        t.strip_prefix('"')?.strip_suffix('"')
    }

    /// The members of an object: name and value (nothing for another value).
    fn members(self) -> impl Iterator<Item = (&'j str, Node<'j>)> {
        self.entries(b'{', b'}', |r| {
            let key = Node(r);
            let name = key.string()?;
            // Text the kernel did not write (a `:` or `}` where a key belongs) ends the walk.
            let after = r.get(key.end()..)?.trim_start().strip_prefix(':')?;
            let value = Node(after).start();
            let read = r.len() - value.0.len() + value.end();
            Some(((name, value), read))
        })
    }

    /// The elements of an array (nothing for another value).
    fn elements(self) -> impl Iterator<Item = Node<'j>> {
        self.entries(b'[', b']', |r| {
            let value = Node(r);
            Some((value, value.end()))
        })
    }

    /// The entries of a container that `open` starts and `close` ends: `entry` reads one from
    /// where it starts and says how many bytes it took. An entry of no length (`[}]`: text the
    /// kernel never writes) ends the walk rather than being met again forever.
    fn entries<T, E: FnMut(&'j str) -> Option<(T, usize)>>(
        self,
        open: u8,
        close: u8,
        mut entry: E,
    ) -> impl Iterator<Item = T> + use<'j, T, E> {
        let n = self.start();
        let mut rest = n.0.strip_prefix(char::from(open));
        core::iter::from_fn(move || {
            let r = rest?;
            let r = r.trim_start().strip_prefix(',').unwrap_or(r).trim_start();
            if r.is_empty() || r.as_bytes()[0] == close {
                rest = None;
                return None;
            }
            let (item, read) = entry(r)?;
            rest = (read > 0).then(|| r.get(read..)).flatten();
            Some(item)
        })
    }

    /// The member `name` of an object.
    fn member(self, name: &str) -> Option<Node<'j>> {
        self.members().find(|(k, _)| *k == name).map(|(_, v)| v)
    }

    /// The names of an object's members.
    fn keys(self) -> impl Iterator<Item = &'j str> {
        self.members().map(|(k, _)| k)
    }

    /// In a schema: `node` with its `$ref` followed (`#/$defs/name`, within this schema).
    fn resolve(self, node: Node<'j>) -> Node<'j> {
        let mut node = node;
        // A chain of references is short; the bound only guards against a cycle.
        for _ in 0..8 {
            let Some(target) = node.member("$ref").and_then(|r| r.string()) else {
                break;
            };
            let Some(name) = target.strip_prefix("#/$defs/") else {
                break;
            };
            match self.member("$defs").and_then(|d| d.member(name)) {
                Some(n) => node = n,
                None => break,
            }
        }
        node
    }

    /// In a schema: `node` and, for `anyOf`/`oneOf`, each alternative (references followed).
    fn alternatives(self, node: Node<'j>) -> impl Iterator<Item = Node<'j>> {
        let root = self;
        let node = root.resolve(node);
        let any = node.member("anyOf").into_iter().flat_map(|a| a.elements());
        let one = node.member("oneOf").into_iter().flat_map(|a| a.elements());
        core::iter::once(node).chain(any.chain(one).map(move |n| root.resolve(n)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_read_step_by_step() {
        let steps: heapless::Vec<_, 8> = Steps::new("routes[waiting_time].reasons[0].code")
            .map(|s| s.map(|(s, _)| s))
            .collect();
        assert_eq!(
            steps.as_slice(),
            &[
                Ok(Step::Field("routes")),
                Ok(Step::Key("waiting_time")),
                Ok(Step::Field("reasons")),
                Ok(Step::Index(0)),
                Ok(Step::Field("code")),
            ]
        );
        for bad in [
            "", ".", "a.", "a..b", "a[", "a[]", "a[b c]", "a]b", "a b", "[0]x",
        ] {
            assert!(
                Steps::new(bad).any(|s| s.is_err()),
                "{bad:?} was read as a path"
            );
        }
    }

    #[test]
    fn values_are_found_in_written_json() {
        let j = r#"{"a":{"b":[1,{"c":"x,]}"}],"n":null},"routes":[{"route":"r1","v":1},{"route":"r2","v":2}]}"#;
        assert_eq!(select(j, "a.b[0]"), Some("1"));
        assert_eq!(select(j, "a.b[1].c"), Some(r#""x,]}""#));
        assert_eq!(select(j, "a.b[2]"), None);
        assert_eq!(select(j, "a.n"), None);
        assert_eq!(select(j, "a.n.deeper"), None);
        assert_eq!(select(j, "routes[r2].v"), Some("2"));
        assert_eq!(select(j, "routes[r3].v"), None);
        assert_eq!(select(j, "a"), Some(r#"{"b":[1,{"c":"x,]}"}],"n":null}"#));
        // Text the kernel never writes ends the walk; it never loops.
        assert_eq!(select("[}]", "[x]"), None);
        assert_eq!(select("[}]", "[3]"), None);
        assert_eq!(select(r#"{"a":[1:2]}"#, "a[x]"), None);
        assert_eq!(select(r#"{"a":}"#, "a.b"), None);
    }
}
