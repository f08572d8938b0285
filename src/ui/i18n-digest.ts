import type { Locale } from '../core/config/types.js'

/**
 * SHA-256 of the canonical JSON of every word of the interface (src/locales), per language:
 * what a receipt's notice hash covers of the interface, without the receipts chunk carrying
 * the words themselves. Its test fails when the words change and this does not.
 */
export const INTERFACE_TEXT_SHA256: Record<Locale, string> = {
  ar: '32e9dfeed055a747c10bfd5a5caa0f38b2b00d52cd0ebd2252a51a3a76a57118',
  cs: 'f50c96c4d0866b0461930f04968a35b71b1b6aae6fd4d650032bb745a5b5bb52',
  da: '9a91206207bd38a39ab4ed26ca038d6d9fc309859f7b49e0df531a694c7a52df',
  de: 'f1c077e4d1d1a496be27af8903d18db16e36e6c1f4f37a9113acd87422beb624',
  el: '94b205f66a6f46c9caba038bb1783ec6c8cd9547af0ee782fe2a521fc373cc1a',
  en: '593ea908f950c7a8b2b3565400d3550bd27dd2f17c22e3f2399cb85b48a88cde',
  es: '4cc8485dd599e10960e5beff4a87c06ebae257b3ea3be03dfe5b73e3f1ef91f0',
  fi: '2617a3992a22af84706a53ff1149a1e4902f388e28b71d0ac3acf2a204e3e227',
  fr: '3e9d163396a0cea64c678c41b9497e87f61c6cace2e16bbb3e595aa845a62bee',
  he: 'e87581ab8b68b09e679baf3d91eeee409bfcc2ecd3d2ec20d01413a626b56445',
  hu: '95881af2a17508762b3f7c969959756c6645471cf1bf52209fcb6e28cb0caec4',
  id: '492d5d0ab684534568f2ceb02ecbf1271513b5b8b333065c97c541f3713692d4',
  it: 'acb14bf5e24d7a26a43971c3540e975588862e857bb226d5abe6de18659ea3c8',
  ja: '84254ca0cb69303541f895999fe530740743cc950c3e73bbfbeba3715451db24',
  ko: '1b51e2de9191844aad151ccf394f770bf257b4dbe70268ed4e52342b12dcdcf3',
  nl: '6c0d9d1894e08eb74f1921c6137caa397d2a128f7f7d8f999ff574d08cf24b09',
  pl: '33b5009fdae0f167175c8c095f73de2e32e62dc002d705c78812a5158538ad3c',
  pt: '95a34ce1b8bcd464765f8e046c640f23633c6f84a7686fe9d7835ac89f03fe26',
  ro: 'b392dfc7110450db4472770ac3f8de53aeaceb00d8424521f18e2460ef6d397c',
  sv: 'c5d63c5fd484ed3f4413863a06a8549227a2878f57446efc5e06b3fa7beadb2c',
  th: 'b3e295743ff3229bce4c3dc4f1ee62b902f929daa9bac2a93e7e80d741af6500',
  uk: '6f3f931a7aa93f853a36f4d636d783cfdac7349137b87fbafd3de88335289989',
  vi: '74bd1c68c638cecec7636a337cddf0874f37b55d7bb476bd07b95915fe58bfa0',
  'zh-Hans': 'e57fa78aa6123c52f94b56ce699c805a2a4483c487c99b15fab1f3606d616262',
  'zh-Hant': 'ee65319bc2f29f016d3045b1b2a717c09d8888b99c109c0eab0e814bd55f51c7',
}
