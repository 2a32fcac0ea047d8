//! Build script: the Decap CMS of `vendor/decap-cms/` → every file listed in its `SHA256SUMS`,
//! checked against its SHA-256 and compressed into `OUT_DIR`, with the table that embeds them in
//! the binary (`src/cms/vendor.rs`). A file that does not match its checksum stops the build.

use flate2::{write::GzEncoder, Compression};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::Path;

type BuildResult<T> = Result<T, Box<dyn std::error::Error>>;

fn main() -> BuildResult<()> {
    let manifest = std::env::var("CARGO_MANIFEST_DIR")?;
    let out_dir = std::env::var("OUT_DIR")?;
    let vendor = Path::new(&manifest).join("vendor/decap-cms");
    println!("cargo:rerun-if-changed=vendor/decap-cms");
    let sums = std::fs::read_to_string(vendor.join("SHA256SUMS"))
        .map_err(|e| format!("cannot read vendor/decap-cms/SHA256SUMS: {e}"))?;
    let packed = Path::new(&out_dir).join("decap-cms");
    std::fs::create_dir_all(&packed)?;
    let mut table = String::from("&[\n");
    for (i, line) in sums
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let (hash, name) = line
            .split_once("  ")
            .filter(|(h, n)| h.len() == 64 && plain_name(n))
            .ok_or_else(|| {
                format!(
                    "vendor/decap-cms/SHA256SUMS: line {} is not `<sha256>  <file name>`",
                    i + 1
                )
            })?;
        let path = vendor.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let bytes =
            std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        if hex(&Sha256::digest(&bytes)) != hash.to_ascii_lowercase() {
            return Err(format!("vendor/decap-cms/{name} does not match SHA256SUMS").into());
        }
        let mut gz = GzEncoder::new(Vec::new(), Compression::best());
        gz.write_all(&bytes)?;
        let gz_path = packed.join(format!("{name}.gz"));
        std::fs::write(&gz_path, gz.finish()?)?;
        table.push_str(&format!(
            "    ({name:?}, {hash:?}, include_bytes!({:?})),\n",
            gz_path.display().to_string()
        ));
    }
    table.push_str("]\n");
    std::fs::write(Path::new(&out_dir).join("decap_cms.rs"), table)?;
    Ok(())
}

/// A file name without folder, that does not start with a dot.
fn plain_name(name: &str) -> bool {
    !name.is_empty() && !name.contains(['/', '\\']) && !name.starts_with('.')
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
