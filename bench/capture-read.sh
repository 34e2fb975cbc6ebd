#!/usr/bin/env bash
# Capture-read benchmark of rdp-doctor (issue 5). Not part of `mvn verify`.
#
#   bench/capture-read.sh [FOLDER] [WARMUP-SECONDS] [ITERATIONS]
#       (default: facts-samples/captures/all-commands, 10 s, 2000)
#
# Reading one capture folder after the JVM is warm: list the folder, read and decode every file,
# split transcripts, sniff the parser, parse, merge the facts (io.rdpdoctor.parse.CaptureLoader);
# no inference. The default folder holds one file for every parser (33 commands). One JVM
# (io.rdpdoctor.batch.CaptureReadBench) warms up with back-to-back reads, then times ITERATIONS
# reads one by one and prints median, p90, p99, min and max in ms. The OS file cache is warm, as
# for a user reading the same folder again. Goal: median under 50 ms.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
folder="${1:-facts-samples/captures/all-commands}"
warmup="${2:-10}"
iterations="${3:-2000}"

# Build (the launcher's first use).
./rdp-doctor parse "$folder" >/dev/null 2>&1 || true
cp="$home/target/rdp-doctor.jar"

echo "rdp-doctor capture-read, $(nproc) cores, $(java -version 2>&1 | head -1), load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
java -XX:+UseSerialGC -cp "$cp" io.rdpdoctor.batch.CaptureReadBench "$folder" "$warmup" "$iterations"
