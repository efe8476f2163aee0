// What an ESP32's mask ROM prints at 115200 baud on every reset, before the sketch runs.
//
// EMULATED, NOT TRANSCRIBED: a short, plausible line set in the shape an ESP32 (ECO3, the common
// WROOM-32E dev boards) prints after its EN pin is pulsed by the bridge's auto-reset circuit. The
// load addresses and lengths depend on the bootloader build; a host must treat all of it as
// noise before the sketch's first line, which is the point of including it.
export const ESP32_ROM_BOOT_TEXT =
  'ets Jul 29 2019 12:21:46\r\n' +
  '\r\n' +
  'rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)\r\n' +
  'configsip: 0, SPIWP:0xee\r\n' +
  'clk_drv:0x00,q_drv:0x00,d_drv:0x00,cs0_drv:0x00,hd_drv:0x00,wp_drv:0x00\r\n' +
  'mode:DIO, clock div:1\r\n' +
  'load:0x3fff0030,len:1184\r\n' +
  'load:0x40078000,len:13232\r\n' +
  'load:0x40080400,len:3028\r\n' +
  'entry 0x400805e4\r\n';
