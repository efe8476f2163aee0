export const USAGE = `Thermal screening kiosk

Usage: npm run -s kiosk -- <command> [options]

Commands:
  start            Run the kiosk with a real sensor (Electron; the browser kiosk when
                   Electron's binary is not installed).
  demo             The same with a simulated sensor, marked DEMO on screen. With --headless,
                   walk scripted people through the real path and print a JSON summary.
  sensor list      Serial ports, likely thermal sensors first.
  sensor inspect   Read a sensor and print one line per frame, then a summary.
  sim              A simulated sensor of any protocol, on a pseudo-terminal or a serial device.
  eval fda         Clinical accuracy of the shipped calibration on the FDA thermography data.
  eval sim         The engine on simulated walk-throughs at 1×1, 8×8, 32×24 and 80×62 (ground truth known).
  calibrate camera Record a two-point camera calibration (blackbody at two set points).
  calibrate site   Site calibration with people: volunteers read by the kiosk and by a clinical
                   thermometer; fit the kiosk's offset and, if accepted, save it.
  calibrate optics Derive the size-of-source correction for each sensor from the physical simulator.
  calibrate fda    Fit the calibration and thresholds on the FDA data and write them to a file.
  staff reset-pin  Forget the staff PIN (forgotten PIN); the console then asks for a new one.
  export           Write the anonymous counts for HR as a CSV file (by day or by hour).
  bundle           Write a signed counts bundle of this kiosk for HR's roll-up.
  rollup           HR: one report across every kiosk from a folder of signed bundles.
  help             Show this text.

start and demo:
  --db PATH          counts database (default: your data folder, thermal-kiosk/counts.sqlite;
                     the demo uses thermal-kiosk/demo.sqlite)
  --port N           browser kiosk: local port (default: any free port)
  --browser-kiosk    use the browser kiosk even where Electron is installed
  --no-browser       browser kiosk: only print the URL to open
  --no-open          browser kiosk, print one line KIOSK_URL=… (token included), open nothing
  --allow-root-browser  browser kiosk run as root: start Chromium anyway, without its sandbox
  --warm-up MIN      minutes the sensor warms up before verdicts, for this run (0-120, e.g. 0.5;
                     default: the console's setting, 30; the demo 0.5, headless 0)
start:
  --sensor PATH      the sensor's serial port, e.g. /dev/ttyUSB0 or COM3
  --protocol P       auto (default) or one of the protocols below
  --baud N           auto (default), or the sensor's baud rate
  --rate HZ          GY-MCU90640: set the module's frame rate (0.5, 1, 2, 4, 8; 8 needs 460800 baud)
  --fov DEG          the lens's horizontal field of view, if not the default for the sensor
                     (MLX90640 55°, AMG88xx 60°, MI48 45°): the distance check needs it
start and demo, deciding:
  --decision MODE    threshold (default) or baseline (refer above the running baseline + deviation)
  --threshold T      refer at or above this body estimate: 37.5 (°C, default), 38, 99.5F, 100.4F
  --deviation D      baseline mode: 0.5 (°C, default) or 0.9F
demo (the staff console's PIN is 0000 in the demo; its counts go to demo.sqlite):
  --headless         no screen: run the people, print {"screened","pass","refer","retry","db"}
  --people N         how many people walk past
  --sequence LIST    who walks past, in order: normal,fever,cold,far,pair
  --fever-rate R     share of febrile people (default 0.1)
  --retry-rate R     share asked to retry: too far, from the cold, two at once (default 0.05)
  --seed S           the simulation's seed (default 1): same seed, same people
  --rate HZ          frames per second (default 8; headless 1000)
  --blackbody-gap S,D  take the simulated blackbody away S seconds after people start, for D s
                     (screening pauses, then resumes by itself)

sensor inspect --port PATH [--protocol auto|P] [--baud auto|N] [--frames N] [--seconds S] [--json]
  Opens the port once and listens at the firmware's real pace (a frame every 2 s is normal for
  the Arduino sketches; a board that resets when opened prints after its bootloader). While
  nothing has arrived it keeps listening for the whole S seconds and says so on stderr every 2 s.
  An MI48 is started (and stopped at the end). Stops after N frames or S seconds (default 10 s;
  60 s with --frames). --json prints one JSON object a line:
  {"protocol","width","height","ambient","min","max","mean","seq"}, then {"summary":true,...}.
  "ambient" is the sensor's die temperature, which runs above the room.
sensor list [--json]

staff reset-pin [--db PATH]
  Deletes the staff PIN's hash from the kiosk database (default: the live one).

export --from YYYY-MM-DD --to YYYY-MM-DD --out FILE [--by day|hour] [--suppress-below K] [--db PATH]
  One row per date (and hour 00-23, local time) and kiosk, every date of the range, days without
  screening as 0: date,[hour,]kiosk,screened,passed,referred,retried, then the second checks staff
  recorded: confirmed,not_confirmed,declined. --suppress-below K (2-100)
  writes counts from 1 to K-1 as <K. --db defaults to the live database, which is only read.
  --out - writes to stdout; an existing FILE is overwritten, and only once the export succeeded.
export --conditions --from YYYY-MM-DD --to YYYY-MM-DD --out FILE [--db PATH]
  The daily conditions record for compliance files instead (name it conditions_FROM_TO.csv): one
  row per recorded day and kiosk: date,kiosk,ready_minutes, paused_minutes_<reason> for every
  pause reason (warming_up, room_too_cold, sensor_disconnected…), room_min_c,room_max_c (the room
  as the sensor read it; empty when unknown), reference_stable_minutes,
  reference_unstable_minutes (0 without a reference), calibration_age_days (empty: shipped only).

bundle --from YYYY-MM-DD --to YYYY-MM-DD --out FILE|FOLDER [--db PATH]
  A signed counts bundle (at most 367 days): hourly counts, second checks and the conditions
  record, the site and kiosk names, an install id and the kiosk's public key, signed with the key
  it made at first start. Into a FOLDER it is named SITE_KIOSK_FROM_TO.kcb.jsonl. Prints the key's
  fingerprint (the console's Export tab shows it too).
rollup --in FOLDER --keys FILE --out REPORT.html [--csv FILE] [--by site|kiosk] [--period day|week]
    [--from YYYY-MM-DD --to YYYY-MM-DD] [--suppress-below K|off] [--merge-windows] [--accept-left-out]
  Verifies every bundle in FOLDER (and its subfolders) against the fingerprints in FILE (one per
  line, as each kiosk's console shows it; # starts a comment), merges them (the same kiosk and
  hour twice must agree), sums them by site (default) or kiosk and by week (default, Monday to
  Sunday) or day, and writes a self-contained HTML report (chart and tables) and, with --csv, the
  table as CSV. Counts 1 to K-1 (default K 5) are hidden after summing, with complementary cells
  so no hidden count can be worked out by subtraction; --merge-windows first joins consecutive
  periods until every count reaches K. Files left out (unknown key, bad signature, truncated,
  from the future or a newer version, two kiosks with one name, other files) and disagreements are
  listed on stderr and in the report; exit status 3 then, unless --accept-left-out.

sim --protocol P (--pty [--link DIR] | --path PATH) [--rate HZ] [--scene walkthrough|person|empty]
    [--seed N] [--faults checksum=0.05,garbage=0.01,stall=SECONDS,freeze=SECONDS]
    [--firmware V] [--board B] [--fault F[,F]]
  The board prints byte for byte what its real firmware prints (banners, error lines, blank lines,
  number format), at the firmware's real pace: bytes trickle at baud/10 per second behind a UART
  bridge. --rate HZ sets the frame rate instead and writes each frame at once.
  --pty makes a socat pseudo-terminal pair and prints the end to read; --link DIR gives its ends
  stable names (DIR/sensor, DIR/simulator) so stopping and restarting it acts like a replug. With
  --pty the board sees the kiosk open its end: an Uno or ESP32 board resets (bootloader silence,
  then its banner again), and nothing arrives while nobody has the port open.
  --firmware: adafruit-mlx90640 1.1.2 (default), 1.0.1 or ascii-art (the sketch as shipped);
  the others have one (stock, example2, pixels_test).
  --board: sparkfun-mlx90640 teensy (default) or bridge (an ESP32 behind a USB-UART bridge);
  adafruit-mlx90640 and adafruit-amg88xx uno (default, resets on open) or native-usb.
  --fault: sensor-missing (the sketch prints its not-found line and halts), eeprom-failed
  (sparkfun), read-failed (adafruit-mlx90640); mi48: no-ack, short-body, already-streaming.
  The MI48 is silent until the host writes FRAME_MODE (WREG B1).

calibrate camera --low-set C --low-measured C --high-set C --high-measured C [--date D] [--db PATH]
  Saves it in the kiosk database (its calibration history); the kiosk applies its gain and offset and
  warns when it is more than 90 days old.
calibrate site --sensor PATH [--protocol auto|P] [--baud auto|N] [--fov DEG] [--db PATH]
  Reads the sensor with the settings of the kiosk at --db (default: the live one). For each
  volunteer (at least 10) it says on stderr "Volunteer N: step up…", waits for the kiosk's
  reading, then reads the clinical thermometer's value (°C) from stdin, one per line ("skip" drops
  the volunteer, "done" fits). It prints the offset, its standard error, the spread and the
  sensitivity/specificity to expect at the threshold, then asks to accept (y/N): only an accepted
  fit that passed its checks is written to --db, never a volunteer's value. A running kiosk
  applies it from its next start; stop it first if it holds the sensor's port.
eval sim [--accuracy-people N] [--sensors LIST] [--people N] [--seed N] [--sweep] [--json]
  On the physical simulator: per sensor (mlx90614, amg8833, mlx90640-55, mlx90640-110, mi48; LIST
  is comma-separated) and distance band, MAE, febrile (≥ 38.0 °C) referred, normal (≤ 37.0 °C)
  passed and retries, before and after a simulated site calibration with 12 volunteers
  (--accuracy-people per band, default 150; a few minutes for all sensors). Then the walk-through
  behaviour per resolution (--people, default 300): two people, too far, from the cold, the
  blackbody taken away, time to verdict; --sweep adds the frames-per-reading trade-off at 32×24.
eval fda --data DIR [--json] [--cv K] [--mode threshold|baseline] [--seed N] [--model FILE]
  DIR holds FLIR_groups1and2.csv and/or ICI_groups1and2.csv. Scores the shipped model (or FILE)
  as it is; --cv K instead runs the nested cross-validation of the shipped rule (each fold:
  calibration, Youden thresholds and the margin from the rule's own K-fold cross-validation, fitted
  on the other folds; folds by subject, from --seed, default 1). Sensitivity, specificity and MAE
  come with percentile-bootstrap 95 % intervals over subjects (2000 resamples). --mode baseline
  adds the running baseline at deviations 0.5 and 1.0 °C. --json prints one object:
  {"cameras":{"FLIR":{…,"ci95":{"mae","sensitivity","specificity"}},…},"bootstrap":{…}}.
calibrate optics [--seed N] [--people N] [--out FILE]
  Simulated people (real FDA subjects' face temperatures on a drawn face) at 0.2–1.2 m, rendered
  through each sensor's optics and read by the kiosk's own frame analyser: per sensor and distance,
  the face maximum's loss and its spread across people. The kiosk ships the result in
  electron/core/estimation/optics-table.json (default 2000 people, seed 1; a few minutes).

calibrate fda --data DIR --out FILE [--seed N]
  Same data and seed, same bytes; the shipped model is
  electron/core/estimation/shipped-calibration.json (its "source" holds the exact command).

Protocols: gy-mcu90640, gy-mcu90614, sparkfun-mlx90640, adafruit-mlx90640, adafruit-amg88xx, mi48
`;
