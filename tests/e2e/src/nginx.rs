//! Real nginx running the repository's deployment recipes (`deploy/nginx/`), changed only where a
//! machine differs (the listen address, the files' folder, the API's address), under a main
//! configuration of the test's own: temporary paths, one process, stopped with the test.
//!
//! Needs Debian's nginx (`HOSTWAY_NGINX`, default /usr/sbin/nginx; `cargo xtask test` installs it).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A recipe file of `deploy/nginx/`.
pub fn recipe(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../deploy/nginx")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `text` with each `(from, to)` replaced; a `from` the recipe no longer contains fails the test, so the
/// recipe cannot drift away from what is tested.
pub fn adapt(text: &str, replacements: &[(&str, &str)]) -> String {
    replacements.iter().fold(text.to_string(), |t, (from, to)| {
        assert!(t.contains(from), "the recipe no longer contains {from:?}");
        t.replace(from, to)
    })
}

/// A free loopback port (bound, then released for nginx to take).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

pub struct Nginx {
    child: Child,
    pub dir: PathBuf,
}

impl Nginx {
    /// A folder for one nginx: its configuration, logs, temporary files, and what it serves.
    pub fn folder() -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "hostway-nginx-{}-{}",
            std::process::id(),
            free_port()
        ));
        std::fs::create_dir_all(&dir).expect("nginx folder");
        dir
    }

    /// Starts nginx in `dir` with `servers` (server blocks) inside `http { }`, and waits until every
    /// port in `ports` accepts connections.
    pub async fn start(dir: PathBuf, servers: &str, ports: &[u16]) -> Self {
        let d = dir.display();
        let conf = format!(
            "daemon off;\nmaster_process off;\nuser root;\nworker_processes 1;\npid {d}/nginx.pid;\n\
             error_log {d}/error.log warn;\nevents {{ worker_connections 256; }}\n\
             http {{\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n\
             access_log {d}/access.log;\n  client_body_temp_path {d}/body;\n  proxy_temp_path {d}/proxy;\n\
             fastcgi_temp_path {d}/fastcgi;\n  uwsgi_temp_path {d}/uwsgi;\n  scgi_temp_path {d}/scgi;\n\
             {servers}\n}}\n"
        );
        std::fs::write(dir.join("nginx.conf"), conf).expect("nginx.conf written");
        let nginx = std::env::var("HOSTWAY_NGINX").unwrap_or_else(|_| "/usr/sbin/nginx".into());
        let mut child = Command::new(&nginx)
            .arg("-p")
            .arg(&dir)
            .arg("-c")
            .arg(dir.join("nginx.conf"))
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{nginx}: {e} (cargo xtask test installs nginx)"));
        for port in ports {
            let mut up = false;
            for _ in 0..100 {
                if let Ok(Some(status)) = child.try_wait() {
                    let log = std::fs::read_to_string(dir.join("error.log")).unwrap_or_default();
                    panic!("nginx exited ({status}): {log}");
                }
                if tokio::net::TcpStream::connect(("127.0.0.1", *port))
                    .await
                    .is_ok()
                {
                    up = true;
                    break;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            assert!(up, "nginx never listened on {port}");
        }
        Self { child, dir }
    }

    /// nginx's error log so far (for failure messages).
    pub fn errors(&self) -> String {
        std::fs::read_to_string(self.dir.join("error.log")).unwrap_or_default()
    }

    pub fn stop(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// Copies the app build into `to`, with its API base tag set to `api_base`: what a deployer does with
/// `cargo xtask build --api-base /api`, or by editing the tag.
pub fn deploy_app(dist: &Path, to: &Path, api_base: &str) {
    copy_files(dist, to);
    copy_files(&dist.join("agent"), &to.join("agent"));
    for index in [to.join("index.html"), to.join("agent/index.html")] {
        let html = std::fs::read_to_string(&index).expect("index.html");
        let set = hostway_sandbox::site::set_api_base(&html, api_base);
        assert_ne!(set, html, "{} has an API base tag", index.display());
        std::fs::write(index, set).expect("index.html written");
    }
}

fn copy_files(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("site folder");
    for entry in std::fs::read_dir(from).expect("app build").flatten() {
        let path = entry.path();
        if path.is_file() {
            std::fs::copy(&path, to.join(entry.file_name())).expect("copied");
        }
    }
}
