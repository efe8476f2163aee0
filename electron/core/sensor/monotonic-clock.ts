// Intervals between frames (stalls, rates, a reading's timing) are measured on the monotonic clock:
// an NTP step of the wall clock (a kiosk without a battery-backed clock gets one after each boot)
// must not read as an hour without frames. Only times shown to people are wall-clock times.
export const monotonicMs = (): number => performance.now();
