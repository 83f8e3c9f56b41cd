//! The arguments the size-driven benchmarks share (`lector bench`,
//! `lector bench-extract`): input files, how many megabytes to time over,
//! and how many runs.

pub enum BenchArgs {
    Run { files: Vec<String>, megabytes: f64, runs: usize },
    Help,
}

impl BenchArgs {
    /// `FILE... [--mb MEGABYTES] [--runs N] [--help]`; `usage` is the
    /// command's own, quoted when a flag lacks its value.
    pub fn parse(args: &[String], default_megabytes: f64, usage: &str) -> Result<BenchArgs, String> {
        let mut files = Vec::new();
        let (mut megabytes, mut runs) = (default_megabytes, 5usize);
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value = |name: &str| args.next().cloned().ok_or_else(|| format!("{name} needs a value\n\n{usage}"));
            match arg.as_str() {
                "--mb" => megabytes = value("--mb")?.parse().map_err(|_| "--mb expects a number".to_string())?,
                "--runs" => runs = value("--runs")?.parse().map_err(|_| "--runs expects a number".to_string())?,
                "-h" | "--help" => return Ok(BenchArgs::Help),
                path => files.push(path.to_string()),
            }
        }
        Ok(BenchArgs::Run { files, megabytes, runs })
    }
}
