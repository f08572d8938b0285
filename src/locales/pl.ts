/** Polski: słownictwo UODO i polskich serwisów („Akceptuj wszystkie” / „Odrzuć wszystkie”). */
export const banner = {
  bannerTitle: 'Pliki cookie i podobne technologie',
  bannerText:
    'Możemy przekazywać identyfikatory plików cookie i historię przeglądania innym firmom, także spoza Japonii. Wybierz, na co się zgadzasz; serwis działa w każdym przypadku.',
  purposes: 'Cele: ',
  gpc: 'Twoja przeglądarka wysyła sygnał Global Privacy Control (GPC), więc te cele pozostaną wyłączone, dopóki nie włączysz ich w ustawieniach: ',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  customize: 'Dostosuj',
  policy: 'Polityka prywatności',
  disclosure: 'Przekazywanie danych podmiotom zewnętrznym',
  rights: 'Wnioski o dostęp i usunięcie danych',
  saved: 'Twoje wybory zostały zapisane.',
}

export const dialog = {
  stopProvision: 'Wstrzymaj całe opcjonalne udostępnianie',
  dialogTitle: 'Ustawienia plików cookie',
  dialogIntro: 'Wybierz każdy cel osobno. Niezbędne pliki cookie zapewniają działanie serwisu i nie można ich wyłączyć. W każdej chwili możesz zmienić wybór lub wycofać zgodę.',
  close: 'Zamknij',
  save: 'Zapisz moje wybory',
  required: 'Zawsze aktywne',
  noticed: 'Zawsze aktywne (informacja)',
  optOutModel: 'Aktywne, dopóki nie zgłosisz sprzeciwu',
  vendors: 'Odbiorcy',
  country: 'Kraj',
  dataItems: 'Przekazywane dane',
  purpose: 'Cel',
  vendorPolicy: 'Polityka prywatności',
  linksToPersonalData: 'Powiązanie z danymi osobowymi',
  foreignSystem: 'Przepisy o ochronie danych w tym kraju',
  measures: 'Środki stosowane przez odbiorcę',
  countryUnknown: 'Dlaczego nie można wskazać kraju',
  newTab: ' (otwiera się w nowej karcie)',
  language: 'Język',
}

export const placeholder = {
  lead: 'Ta treść jest ładowana od innej firmy. Jej wyświetlenie spowoduje przekazanie danych do:',
  purpose: 'Cel: ',
  allow: 'Pokaż tę treść',
  preferences: 'Ustawienia plików cookie',
}

export const record = {
  title: 'Rejestr zgód (ta przeglądarka)',
  none: 'Brak wpisów.',
  download: 'Pobierz mój rejestr zgód (JSON)',
  given: 'Udzielona',
  changed: 'Zmieniona',
  withdrawn: 'Wycofana',
  expired: 'Wygasła',
  pending: 'jeszcze nie wysłano',
}

export const disclosure = {
  title: 'Przekazywanie danych użytkowników podmiotom zewnętrznym',
  recipient: 'Odbiorca',
  dataItems: 'Przekazywane dane',
  purpose: 'Cel',
  country: 'Kraj',
  linked: 'Powiązanie z danymi osobowymi',
  policy: 'Polityka prywatności',
  foreignSystem: 'Przepisy o ochronie danych w tym kraju',
  measures: 'Zastosowane środki',
  required: ' (niezbędne do świadczenia usługi, więc przekazywane bez pytania o zgodę)',
  yes: 'Tak',
  no: 'Nie',
  separator: ', ',
}

export const dataItems = {
  'cookie-id': 'Identyfikatory plików cookie i podobne',
  'ad-id': 'Identyfikator reklamowy urządzenia',
  'browsing-history': 'Historia przeglądania (odwiedzone strony)',
  'ip-address': 'Adres IP',
  'device-info': 'Informacje o urządzeniu i przeglądarce (system, rodzaj przeglądarki)',
  'purchase-history': 'Historia zakupów',
  location: 'Lokalizacja',
  email: 'Adres e-mail',
  'hashed-email': 'Zahaszowany adres e-mail',
  phone: 'Numer telefonu',
  name: 'Imię i nazwisko',
  address: 'Adres pocztowy',
  'user-id': 'Identyfikator klienta',
  referrer: 'Strona odsyłająca',
  interests: 'Wywnioskowane zainteresowania',
  conversion: 'Dane o konwersji (zakup lub rejestracja)',
  'payment-card': 'Część numeru karty płatniczej',
}

/** The notice layer, under notice and opt-out policies. */
export const notice = {
  noticeText: 'Przekazujemy identyfikatory plików cookie i historię przeglądania innym firmom w następujących celach:',
  optOut: 'Sprzeciwiam się udostępnianiu',
  close: 'Zamknij',
}
