//! The server's in-memory file system.

use std::collections::BTreeMap;

/// A file system node.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    File(Vec<u8>),
    Dir,
}

/// Absolute, normalized paths (`/`, `/pub`, `/pub/readme.txt`) to nodes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fs {
    nodes: BTreeMap<String, Node>,
}

/// `path` resolved against `cwd`, with `.` and `..` removed.
pub fn resolve(cwd: &str, path: &str) -> String {
    let joined = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("{cwd}/{path}")
    };
    let mut parts: Vec<&str> = Vec::new();
    for p in joined.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

fn parent(path: &str) -> &str {
    match path.rfind('/') {
        Some(0) | None => "/",
        Some(i) => &path[..i],
    }
}

impl Fs {
    /// The tutorial server's files: `/foo` (3584 bytes), `/pub/readme.txt`.
    pub fn tutorial() -> Fs {
        let mut fs = Fs::default();
        fs.nodes.insert("/".into(), Node::Dir);
        fs.nodes
            .insert("/foo".into(), Node::File(super::sample_text("foo", 3584)));
        fs.nodes.insert("/pub".into(), Node::Dir);
        fs.nodes.insert(
            "/pub/readme.txt".into(),
            Node::File(super::sample_text("readme", 730)),
        );
        fs
    }

    pub fn get(&self, path: &str) -> Option<&Node> {
        self.nodes.get(path)
    }

    pub fn is_dir(&self, path: &str) -> bool {
        self.get(path) == Some(&Node::Dir)
    }

    pub fn file(&self, path: &str) -> Option<&[u8]> {
        match self.get(path) {
            Some(Node::File(d)) => Some(d),
            _ => None,
        }
    }

    /// Writes a file; fails if its directory does not exist or the path is a directory.
    pub fn write(&mut self, path: &str, data: Vec<u8>) -> bool {
        if !self.is_dir(parent(path)) || self.is_dir(path) || path == "/" {
            return false;
        }
        self.nodes.insert(path.to_string(), Node::File(data));
        true
    }

    /// Creates a directory; fails if anything is there or the parent is missing.
    pub fn mkdir(&mut self, path: &str) -> bool {
        if self.nodes.contains_key(path) || !self.is_dir(parent(path)) {
            return false;
        }
        self.nodes.insert(path.to_string(), Node::Dir);
        true
    }

    /// Removes a file (`dir == false`) or an empty directory (`dir == true`).
    pub fn remove(&mut self, path: &str, dir: bool) -> bool {
        let ok = match self.nodes.get(path) {
            Some(Node::File(_)) => !dir,
            Some(Node::Dir) => dir && path != "/" && self.children(path).is_empty(),
            None => false,
        };
        if ok {
            self.nodes.remove(path);
        }
        ok
    }

    /// The names and nodes directly inside `dir`, sorted.
    pub fn children(&self, dir: &str) -> Vec<(&str, &Node)> {
        self.nodes
            .iter()
            .filter(|(p, _)| p.as_str() != "/" && parent(p) == dir)
            .map(|(p, n)| (&p[p.rfind('/').map_or(0, |i| i + 1)..], n))
            .collect()
    }

    /// `ls -l`-style lines (LIST) or bare names (NLST), CRLF-terminated.
    pub fn listing(&self, dir: &str, long: bool) -> Vec<u8> {
        let mut out = String::new();
        for (name, node) in self.children(dir) {
            if long {
                let (kind, size) = match node {
                    Node::Dir => ("drwxr-xr-x    2", 4096),
                    Node::File(d) => ("-rw-r--r--    1", d.len()),
                };
                out.push_str(&format!(
                    "{kind} 0        0        {size:>8} Jan 01 00:00 {name}\r\n"
                ));
            } else {
                out.push_str(&format!("{name}\r\n"));
            }
        }
        out.into_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_paths() {
        assert_eq!(resolve("/", "pub"), "/pub");
        assert_eq!(resolve("/pub", ".."), "/");
        assert_eq!(resolve("/pub", "../foo"), "/foo");
        assert_eq!(resolve("/pub", "/x/./y"), "/x/y");
    }

    #[test]
    fn listing_and_changes() {
        let mut fs = Fs::tutorial();
        let l = String::from_utf8(fs.listing("/", true)).unwrap();
        assert!(l.contains(" foo\r\n") && l.starts_with('-'), "{l}");
        assert_eq!(fs.listing("/pub", false), b"readme.txt\r\n");
        assert!(fs.mkdir("/new") && !fs.mkdir("/new"));
        assert!(!fs.remove("/pub", true), "not empty");
        assert!(fs.write("/new/a", vec![1]) && !fs.write("/nope/a", vec![]));
        assert!(fs.remove("/new/a", false) && fs.remove("/new", true));
    }
}
