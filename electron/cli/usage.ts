export const USAGE = `Thermal screening kiosk

Usage: npm run -s kiosk -- <command> [options]

Commands:
  start      Run the kiosk with a real sensor (Electron; the browser kiosk when Electron's
             binary is not installed).
  demo       The same with a simulated sensor, marked DEMO on screen. With --headless, walk
             scripted people through the real path and print a JSON summary.
  help       Show this text.

Options (start and demo):
  --db PATH          counts database (default: your data folder, thermal-kiosk/counts.sqlite)
  --port N           browser kiosk: local port (default: any free port)
  --browser-kiosk    use the browser kiosk even where Electron is installed
  --no-browser       browser kiosk: only print the URL to open
Options (start):
  --sensor PATH      the sensor's serial port, e.g. /dev/ttyUSB0 or COM3
  --baud N           baud rate (default 115200)
Options (demo):
  --headless         no screen: run the people, print {"screened","pass","refer","retry","db"}
  --people N         how many people walk past
  --sequence LIST    who walks past, in order: normal,fever,cold,far,pair
  --fever-rate R     share of febrile people (default 0.1)
  --retry-rate R     share asked to retry: too far, from the cold, two at once (default 0.05)
  --seed S           the simulation's seed (default 1): same seed, same people
  --rate HZ          frames per second (default 8; headless 1000)
`;
