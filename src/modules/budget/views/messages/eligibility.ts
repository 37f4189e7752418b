import type { Catalogues } from "../../../../platform/i18n/i18n";

/** Who may vote in a budget: the setting, the declaration, verification by letter or list. */
export const eligibilityMessages: Catalogues = {
  de: {
    "budget.eligibility.label": "Wer abstimmen darf",
    "budget.eligibility.hint":
      "Abstimmungscodes aus Briefen gelten immer. Legen Sie fest, ob und wie auch Konten abstimmen dürfen. Die Einstellung steht fest, sobald die Abstimmung beginnt.",
    "budget.eligibility.mode.codes_only": "Nur mit Abstimmungscode aus einem Brief",
    "budget.eligibility.mode.self_declared": "Abstimmungscode oder Konto mit eigener Erklärung zum Wohnort",
    "budget.eligibility.mode.verified_letter": "Abstimmungscode oder Konto, bestätigt mit einem Prüfbrief",
    "budget.eligibility.mode.verified_list":
      "Abstimmungscode oder Konto, geprüft mit dem Wählerverzeichnis der Verwaltung",
    "budget.eligibility.explain.codes_only":
      "Abstimmen können nur Menschen mit dem Abstimmungscode aus ihrem Brief. Mit einem Konto allein kann man hier nicht abstimmen.",
    "budget.eligibility.explain.self_declared":
      "Abstimmen können Menschen mit Abstimmungscode und Menschen mit bestätigtem Konto. Mit Konto erklären Sie vor dem Abstimmen selbst, in welchem Bezirk Sie wohnen; die Verwaltung prüft das nicht.",
    "budget.eligibility.explain.verified_letter":
      "Abstimmen können Menschen mit Abstimmungscode und Menschen mit bestätigtem Konto, die ihren Wohnort mit dem Code aus einem Prüfbrief der Verwaltung bestätigt haben.",
    "budget.eligibility.explain.verified_list":
      "Abstimmen können Menschen mit Abstimmungscode und Menschen mit bestätigtem Konto, deren Name, Geburtsdatum und Postleitzahl im Verzeichnis der Verwaltung stehen.",
    "budget.eligibility.resultsNote": "Abstimmen durften: {mode}.",
    "budget.eligibility.headingMissing": "Bitte wählen Sie einen Bereich dieses Haushalts.",
    "budget.errors.eligibility": "Bitte wählen Sie, wer abstimmen darf.",
    "budget.vote.account.codesOnly":
      "In diesem Haushalt stimmen Sie nur mit dem Abstimmungscode aus Ihrem Brief ab, nicht mit Ihrem Konto.",
    "budget.vote.account.needsDeclaration": "Bevor Sie mit Ihrem Konto abstimmen, erklären Sie bitte, wo Sie wohnen.",
    "budget.vote.account.needsVerification": "Bevor Sie mit Ihrem Konto abstimmen, bestätigen Sie bitte Ihren Wohnort.",
    "budget.declare.heading": "Ihr Wohnort",
    "budget.declare.legend": "Erklärung zum Wohnort",
    "budget.declare.hint":
      "Sie stimmen in dem Bereich ab, den Sie hier erklären. Bis Sie abgestimmt haben, können Sie die Erklärung ändern; danach steht sie für diesen Haushalt fest. Jede Erklärung und jede Änderung wird protokolliert. Eine falsche Erklärung kann Ihren Stimmzettel ungültig machen.",
    "budget.declare.choice": "Ich erkläre, dass ich in {place} wohne.",
    "budget.declare.choiceOpen": "Ich erkläre, dass ich in keinem dieser Bezirke wohne (Bereich {place}).",
    "budget.declare.submit": "Erklärung abgeben und weiter zum Stimmzettel",
    "budget.declare.notAsked": "In diesem Haushalt wird der Wohnort nicht erklärt.",
    "budget.declare.missing": "Bitte wählen Sie die Erklärung, die für Sie zutrifft.",
    "budget.declare.fixed":
      "Sie haben in diesem Haushalt schon abgestimmt; Ihr Wohnort steht deshalb fest. Wenn er falsch ist, wenden Sie sich bitte an die Verwaltung.",
    "budget.declare.current": "Sie haben erklärt, dass Sie in {place} wohnen.",
    "budget.declare.change": "Erklärung ändern",
    "budget.declare.title": "Wohnort erklären: {title}",
    "budget.residence.fixed": "Ihr Bereich steht fest, weil Sie schon abgestimmt haben.",
    "budget.residence.verified": "Ihr Wohnort ist bestätigt: {place}, bis zum Ende der Abstimmung.",
    "budget.verify.letterHeading": "Wohnort mit Prüfbrief bestätigen",
    "budget.verify.letterLead":
      "Die Verwaltung hat Ihnen einen Prüfbrief geschickt. Geben Sie den Code aus dem Brief ein; damit stimmen Sie mit Ihrem Konto in Ihrem Bereich ab, bis die Abstimmung endet.",
    "budget.verify.codeLabel": "Code aus dem Prüfbrief",
    "budget.verify.codeHint": "16 Zeichen, zum Beispiel ABCD-EFGH-JKMN-PQRS. Bindestriche sind egal.",
    "budget.verify.letterSubmit": "Wohnort bestätigen",
    "budget.verify.codeFormat": "Der Code hat 16 Zeichen (Buchstaben und Ziffern). Bitte prüfen Sie die Eingabe.",
    "budget.verify.codeUnknown": "Diesen Prüfcode kennen wir nicht. Bitte prüfen Sie die Eingabe.",
    "budget.verify.codeUsed": "Dieser Prüfcode wurde schon benutzt. Jeder Code gilt nur einmal.",
    "budget.verify.listHeading": "Wohnort mit dem Verzeichnis prüfen",
    "budget.verify.listLead":
      "Die Verwaltung hat ein Verzeichnis der Menschen, die hier abstimmen dürfen. Geben Sie Ihren Namen, Ihr Geburtsdatum und Ihre Postleitzahl so an, wie sie bei der Meldebehörde stehen. Wir speichern Ihre Angaben nicht; verglichen wird nur ein Prüfwert.",
    "budget.verify.nameLabel": "Vor- und Nachname",
    "budget.verify.birthDateLabel": "Geburtsdatum",
    "budget.verify.birthDateHint": "Zum Beispiel 31.12.1980",
    "budget.verify.postcodeLabel": "Postleitzahl",
    "budget.verify.listSubmit": "Im Verzeichnis prüfen",
    "budget.verify.nameMissing": "Bitte geben Sie Ihren Vor- und Nachnamen ein.",
    "budget.verify.birthDateInvalid": "Bitte geben Sie Ihr Geburtsdatum an, zum Beispiel 31.12.1980.",
    "budget.verify.postcodeInvalid": "Bitte geben Sie Ihre Postleitzahl mit fünf Ziffern an.",
    "budget.verify.noMatch":
      "Diese Angaben haben wir im Verzeichnis nicht gefunden. Bitte prüfen Sie die Schreibweise, oder stimmen Sie mit Ihrem Abstimmungscode ab.",
    "budget.verify.listUsed":
      "Mit diesen Angaben wurde schon ein anderes Konto bestätigt. Wenn das nicht Sie waren, wenden Sie sich bitte an die Verwaltung.",
    "budget.verify.notAsked": "In diesem Haushalt wird der Wohnort nicht auf diese Weise bestätigt.",
    "budget.verify.already": "Ihr Wohnort ist für diesen Haushalt schon bestätigt.",
    "budget.letters.heading": "Prüfbriefe",
    "budget.letters.lead":
      "Für eine Adressliste eines Bereichs: Jede Adresse bekommt einen Brief mit einem Prüfcode, der einmal gilt. Wer ihn in seinem Konto eingibt, stimmt in diesem Bereich ab, bis die Abstimmung endet. Die Codes werden nur jetzt ausgegeben; gespeichert wird nur ein Prüfwert.",
    "budget.letters.file": "Adressliste (CSV)",
    "budget.letters.fileHint":
      "Erste Zeile: Spaltennamen. Danach eine Adresse je Zeile; jede Spalte wird eine Zeile im Anschriftenfeld (höchstens sechs). Höchstens 5000 Adressen.",
    "budget.letters.submit": "Prüfbriefe als PDF erzeugen",
    "budget.letters.closed": "Nach der Abstimmung werden keine Prüfbriefe mehr erzeugt.",
    "budget.letters.notThisMode": "Prüfbriefe gibt es nur, wenn Konten mit Prüfbrief bestätigt werden.",
    "budget.letters.tooLarge": "Die Datei ist zu groß.",
    "budget.letters.problem.unreadable": "Die Datei ist keine lesbare CSV-Datei.",
    "budget.letters.problem.empty": "Die Liste enthält keine Adresse.",
    "budget.letters.problem.tooMany": "Höchstens 5000 Adressen auf einmal.",
    "budget.letters.issued": "Prüfcodes ausgegeben: {issued}, eingelöst: {redeemed}",
    "budget.letters.pdfTitle": "Prüfbriefe, Stapel {batch}",
    "budget.letters.letterText":
      "Mit diesem Prüfcode bestätigen Sie, dass Sie im Bereich {heading} wohnen. Melden Sie sich mit Ihrem Konto an und geben Sie den Code auf der Abstimmungsseite ein.",
    "budget.letters.letterCode": "Ihr Prüfcode:",
    "budget.letters.letterOnce": "Der Code gilt einmal und nur für ein Konto. Geben Sie ihn nicht weiter.",
    "budget.notice.list": "Das Verzeichnis ist gespeichert.",
    "budget.list.heading": "Wählerverzeichnis",
    "budget.list.lead":
      "Liste der Menschen eines Bereichs, die abstimmen dürfen (CSV mit den Spalten Name, Geburtsdatum, PLZ). Gespeichert wird nur ein Prüfwert je Person, nicht die Datei. Eine neue Liste ersetzt die alte des Bereichs. Nach dem Ende der Abstimmung wird das Verzeichnis gelöscht.",
    "budget.list.file": "Verzeichnis (CSV)",
    "budget.list.fileHint":
      "Spalten Name, Geburtsdatum (31.12.1980 oder 1980-12-31) und PLZ; Komma oder Semikolon. Eine fehlerhafte Zeile weist die ganze Datei zurück.",
    "budget.list.submit": "Verzeichnis hochladen",
    "budget.list.saved": "Verzeichnis für {heading} gespeichert: {count} Personen.",
    "budget.list.counts": "Im Verzeichnis: {listed}, davon mit Konto bestätigt: {bound}",
    "budget.list.none": "Noch kein Verzeichnis hochgeladen.",
    "budget.list.closed": "Nach der Abstimmung wird kein Verzeichnis mehr angenommen.",
    "budget.list.notThisMode": "Ein Verzeichnis gibt es nur, wenn Konten mit dem Verzeichnis geprüft werden.",
    "budget.list.tooLarge": "Die Datei ist zu groß.",
    "budget.list.refused": "Das Verzeichnis wurde nicht gespeichert.",
    "budget.list.problem.unreadable": "Die Datei ist keine lesbare CSV-Datei. Es wurde nichts gespeichert.",
    "budget.list.problem.empty": "Die Datei enthält keine Person. Es wurde nichts gespeichert.",
    "budget.list.problem.missingColumn":
      "Die Spalte „{column}“ fehlt (erwartet: Name, Geburtsdatum, PLZ). Es wurde nichts gespeichert.",
    "budget.list.problem.tooMany": "Höchstens {limit} Personen auf einmal. Es wurde nichts gespeichert.",
    "budget.list.problem.badRow": "Zeile {row}: {column} ist nicht lesbar. Es wurde nichts gespeichert.",
    "budget.list.column.name": "Name",
    "budget.list.column.birthDate": "Geburtsdatum",
    "budget.list.column.postcode": "PLZ",
  },
  en: {
    "budget.eligibility.label": "Who may vote",
    "budget.eligibility.hint":
      "Voting codes from letters always work. Choose whether and how accounts may vote as well. The setting is fixed once voting starts.",
    "budget.eligibility.mode.codes_only": "Only with a voting code from a letter",
    "budget.eligibility.mode.self_declared":
      "Voting code, or an account with the person's own declaration of residence",
    "budget.eligibility.mode.verified_letter": "Voting code, or an account confirmed with a verification letter",
    "budget.eligibility.mode.verified_list": "Voting code, or an account checked against the office's list of voters",
    "budget.eligibility.explain.codes_only":
      "Only people with the voting code from their letter can vote. An account alone cannot vote here.",
    "budget.eligibility.explain.self_declared":
      "People with a voting code and people with a confirmed account can vote. With an account, you declare yourself where you live before voting; the office does not check it.",
    "budget.eligibility.explain.verified_letter":
      "People with a voting code and people with a confirmed account who confirmed where they live with the code from a verification letter of the office can vote.",
    "budget.eligibility.explain.verified_list":
      "People with a voting code and people with a confirmed account whose name, date of birth and postcode are on the office's list can vote.",
    "budget.eligibility.resultsNote": "Who could vote: {mode}.",
    "budget.eligibility.headingMissing": "Please choose an area of this budget.",
    "budget.errors.eligibility": "Please choose who may vote.",
    "budget.vote.account.codesOnly":
      "In this budget you vote only with the voting code from your letter, not with your account.",
    "budget.vote.account.needsDeclaration": "Before you vote with your account, please declare where you live.",
    "budget.vote.account.needsVerification": "Before you vote with your account, please confirm where you live.",
    "budget.declare.heading": "Where you live",
    "budget.declare.legend": "Declaration of residence",
    "budget.declare.hint":
      "You vote in the area you declare here. Until you have voted you can change the declaration; afterwards it is fixed for this budget. Every declaration and every change is logged. A false declaration can make your ballot invalid.",
    "budget.declare.choice": "I declare that I live in {place}.",
    "budget.declare.choiceOpen": "I declare that I live in none of these districts (area {place}).",
    "budget.declare.submit": "Make the declaration and go to the ballot",
    "budget.declare.notAsked": "In this budget, residence is not declared.",
    "budget.declare.missing": "Please choose the declaration that is true for you.",
    "budget.declare.fixed":
      "You have already voted in this budget, so where you live is fixed. If it is wrong, please contact the office.",
    "budget.declare.current": "You declared that you live in {place}.",
    "budget.declare.change": "Change the declaration",
    "budget.declare.title": "Declare where you live: {title}",
    "budget.residence.fixed": "Your area is fixed because you have already voted.",
    "budget.residence.verified": "Where you live is confirmed: {place}, until voting ends.",
    "budget.verify.letterHeading": "Confirm where you live with a verification letter",
    "budget.verify.letterLead":
      "The office has sent you a verification letter. Enter the code from the letter; then you vote with your account in your area until voting ends.",
    "budget.verify.codeLabel": "Code from the verification letter",
    "budget.verify.codeHint": "16 characters, for example ABCD-EFGH-JKMN-PQRS. Dashes do not matter.",
    "budget.verify.letterSubmit": "Confirm where I live",
    "budget.verify.codeFormat": "The code has 16 characters (letters and digits). Please check what you typed.",
    "budget.verify.codeUnknown": "We do not know this verification code. Please check what you typed.",
    "budget.verify.codeUsed": "This verification code has already been used. Each code works only once.",
    "budget.verify.listHeading": "Check where you live against the list",
    "budget.verify.listLead":
      "The office has a list of the people who may vote here. Enter your name, date of birth and postcode as they are registered with the registration office. We do not store what you enter; only a check value is compared.",
    "budget.verify.nameLabel": "First and last name",
    "budget.verify.birthDateLabel": "Date of birth",
    "budget.verify.birthDateHint": "For example 31.12.1980",
    "budget.verify.postcodeLabel": "Postcode",
    "budget.verify.listSubmit": "Check against the list",
    "budget.verify.nameMissing": "Please enter your first and last name.",
    "budget.verify.birthDateInvalid": "Please enter your date of birth, for example 31.12.1980.",
    "budget.verify.postcodeInvalid": "Please enter your postcode with five digits.",
    "budget.verify.noMatch":
      "We did not find these details on the list. Please check the spelling, or vote with your voting code.",
    "budget.verify.listUsed":
      "Another account has already been confirmed with these details. If that was not you, please contact the office.",
    "budget.verify.notAsked": "In this budget, residence is not confirmed this way.",
    "budget.verify.already": "Where you live is already confirmed for this budget.",
    "budget.letters.heading": "Verification letters",
    "budget.letters.lead":
      "For an address list of one area: each address gets a letter with a verification code that works once. Whoever enters it in their account votes in this area until voting ends. The codes are given out only now; only a check value is stored.",
    "budget.letters.file": "Address list (CSV)",
    "budget.letters.fileHint":
      "First row: column names. Then one address per row; each column becomes a line of the address field (at most six). At most 5000 addresses.",
    "budget.letters.submit": "Generate verification letters as PDF",
    "budget.letters.closed": "No verification letters are generated after voting.",
    "budget.letters.notThisMode": "Verification letters exist only when accounts are confirmed by letter.",
    "budget.letters.tooLarge": "The file is too large.",
    "budget.letters.problem.unreadable": "The file is not a readable CSV file.",
    "budget.letters.problem.empty": "The list holds no address.",
    "budget.letters.problem.tooMany": "At most 5000 addresses at once.",
    "budget.letters.issued": "Verification codes issued: {issued}, redeemed: {redeemed}",
    "budget.letters.pdfTitle": "Verification letters, batch {batch}",
    "budget.letters.letterText":
      "With this verification code you confirm that you live in the area {heading}. Sign in with your account and enter the code on the voting page.",
    "budget.letters.letterCode": "Your verification code:",
    "budget.letters.letterOnce": "The code works once and for one account only. Do not pass it on.",
    "budget.notice.list": "The list has been saved.",
    "budget.list.heading": "List of voters",
    "budget.list.lead":
      "The list of the people of one area who may vote (CSV with the columns Name, Geburtsdatum, PLZ). Only a check value per person is stored, not the file. A new list replaces the area's old one. The list is deleted after voting ends.",
    "budget.list.file": "List (CSV)",
    "budget.list.fileHint":
      "Columns name, birth date (31.12.1980 or 1980-12-31) and postcode; comma or semicolon. One unreadable row refuses the whole file.",
    "budget.list.submit": "Upload the list",
    "budget.list.saved": "List for {heading} saved: {count} people.",
    "budget.list.counts": "On the list: {listed}, of them confirmed with an account: {bound}",
    "budget.list.none": "No list uploaded yet.",
    "budget.list.closed": "No list is accepted after voting.",
    "budget.list.notThisMode": "A list exists only when accounts are checked against the list.",
    "budget.list.tooLarge": "The file is too large.",
    "budget.list.refused": "The list was not saved.",
    "budget.list.problem.unreadable": "The file is not a readable CSV file. Nothing was saved.",
    "budget.list.problem.empty": "The file holds no person. Nothing was saved.",
    "budget.list.problem.missingColumn":
      "The column “{column}” is missing (expected: name, birth date, postcode). Nothing was saved.",
    "budget.list.problem.tooMany": "At most {limit} people at once. Nothing was saved.",
    "budget.list.problem.badRow": "Row {row}: {column} cannot be read. Nothing was saved.",
    "budget.list.column.name": "name",
    "budget.list.column.birthDate": "birth date",
    "budget.list.column.postcode": "postcode",
  },
};
