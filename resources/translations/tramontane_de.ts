<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddServerDialog</name>
    <message>
        <source>Add a server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Empty: the server lists its models</source>
        <translation>Leer: Der Server nennt seine Modelle</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation>Zugangsschlüssel:</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Modelle:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Your settings could not be read, so the defaults are used. The old file was kept beside the new one as settings.json.bad.</source>
        <translation>Ihre Einstellungen konnten nicht gelesen werden, daher gelten die Standardwerte. Die alte Datei wurde daneben als settings.json.bad aufbewahrt.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy file could not be fully understood, so downloads are off: %1</source>
        <translation>Die Richtliniendatei Ihrer Organisation konnte nicht vollständig verstanden werden, daher sind Downloads ausgeschaltet: %1</translation>
    </message>
</context>
<context>
    <name>AssistantEditor</name>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>For example: You answer questions about our HR policy, briefly and in French.</source>
        <translation>Zum Beispiel: Sie beantworten Fragen zu unseren Personalrichtlinien, kurz und auf Deutsch.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Add example</source>
        <translation>Beispiel hinzufügen</translation>
    </message>
    <message>
        <source>Remove example</source>
        <translation>Beispiel entfernen</translation>
    </message>
    <message>
        <source>App setting</source>
        <translation>App-Einstellung</translation>
    </message>
    <message>
        <source>The model in use</source>
        <translation>Das aktuelle Modell</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen …</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>One-line description</source>
        <translation>Beschreibung in einer Zeile</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Worked examples</source>
        <translation>Ausgearbeitete Beispiele</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Preferred model</source>
        <translation>Bevorzugtes Modell</translation>
    </message>
    <message>
        <source>Documents it answers from</source>
        <translation>Dokumente, aus denen er antwortet</translation>
    </message>
    <message>
        <source>Adapter (LoRA)</source>
        <translation>Adapter (LoRA)</translation>
    </message>
    <message>
        <source>Adapter strength</source>
        <translation>Stärke des Adapters</translation>
    </message>
    <message>
        <source>Documents for this assistant</source>
        <translation>Dokumente für diesen Assistenten</translation>
    </message>
    <message>
        <source>A folder of documents for this assistant</source>
        <translation>Ein Ordner mit Dokumenten für diesen Assistenten</translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation>LoRA-Adapter</translation>
    </message>
    <message>
        <source>GGUF adapters (*.gguf)</source>
        <translation>GGUF-Adapter (*.gguf)</translation>
    </message>
</context>
<context>
    <name>AssistantsDialog</name>
    <message>
        <source>Assistants</source>
        <translation>Assistenten</translation>
    </message>
    <message>
        <source>Start a chat</source>
        <translation>Chat beginnen</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>provided by your organisation</source>
        <translation>von Ihrer Organisation bereitgestellt</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>Ihr eigener</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>Delete assistant</source>
        <translation>Assistenten löschen</translation>
    </message>
    <message>
        <source>Delete the assistant “%1”? Conversations with it are kept.</source>
        <translation>Den Assistenten „%1“ löschen? Unterhaltungen mit ihm bleiben erhalten.</translation>
    </message>
    <message>
        <source>Export assistant</source>
        <translation>Assistenten exportieren</translation>
    </message>
    <message>
        <source>Assistants (*.json)</source>
        <translation>Assistenten (*.json)</translation>
    </message>
    <message>
        <source>Import assistant</source>
        <translation>Assistenten importieren</translation>
    </message>
</context>
<context>
    <name>AttachmentsBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop reading the documents</source>
        <translation>Lesen der Dokumente beenden</translation>
    </message>
    <message>
        <source>Reading the documents</source>
        <translation>Dokumente werden gelesen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more document(s)</source>
        <translation>
            <numerusform>und %n weiteres Dokument</numerusform>
            <numerusform>und %n weitere Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1: %2 of %3 passages</source>
        <translation>%1 wird gelesen: %2 von %3 Abschnitten</translation>
    </message>
</context>
<context>
    <name>CatalogCard</name>
    <message>
        <source>Recommended for this computer</source>
        <translation>Für diesen Computer empfohlen</translation>
    </message>
    <message>
        <source>about {0}</source>
        <translation>etwa {0}</translation>
    </message>
    <message>
        <source>{maker} · {params} parameters · {size} download · {quant}</source>
        <translation>{maker} · {params} Parameter · {size} Download · {quant}</translation>
    </message>
    <message>
        <source>; {0}</source>
        <translation>; {0}</translation>
    </message>
    <message>
        <source>; slow without a large graphics card</source>
        <translation>; langsam ohne große Grafikkarte</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen …</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Wartet …</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Download {0}</source>
        <translation>{0} herunterladen</translation>
    </message>
    <message>
        <source>Downloads are turned off: Tramontane is set to work offline only.</source>
        <translation>Downloads sind ausgeschaltet: Tramontane ist auf „Nur offline“ eingestellt.</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>This computer: {0}. Models that fit come first.</source>
        <translation>Dieser Computer: {0}. Passende Modelle stehen oben.</translation>
    </message>
    <message>
        <source>Downloads are turned off because Tramontane is set to work offline only (Settings).</source>
        <translation>Downloads sind ausgeschaltet, weil Tramontane auf „Nur offline“ eingestellt ist (Einstellungen).</translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation>Modellkatalog</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Loading the model…</source>
        <translation>Modell wird geladen …</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <source>runs on the processor</source>
        <translation>läuft auf dem Prozessor</translation>
    </message>
    <message>
        <source>runs on %1 (%2 of %3 layers)</source>
        <translation>läuft auf %1 (%2 von %3 Schichten)</translation>
    </message>
    <message>
        <source>runs on %1</source>
        <translation>läuft auf %1</translation>
    </message>
</context>
<context>
    <name>ChatExtras</name>
    <message>
        <source>Assistants…</source>
        <translation>Assistenten …</translation>
    </message>
    <message>
        <source>Choose an assistant for a new chat, or manage assistants</source>
        <translation>Einen Assistenten für einen neuen Chat wählen oder Assistenten verwalten</translation>
    </message>
    <message>
        <source>Assistant: %1</source>
        <translation>Assistent: %1</translation>
    </message>
    <message>
        <source>Assistant of this conversation</source>
        <translation>Assistent dieser Unterhaltung</translation>
    </message>
    <message>
        <source>documents: %1 tokens</source>
        <translation>Dokumente: %1 Token</translation>
    </message>
    <message>
        <source>Share of the context taken by attached documents</source>
        <translation>Anteil des Kontexts, den angehängte Dokumente belegen</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Conversation title</source>
        <translation>Titel der Unterhaltung</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Model for this conversation</source>
        <translation>Modell für diese Unterhaltung</translation>
    </message>
    <message>
        <source>Each conversation remembers the model it uses</source>
        <translation>Jede Unterhaltung merkt sich ihr Modell</translation>
    </message>
    <message>
        <source>Model state</source>
        <translation>Zustand des Modells</translation>
    </message>
    <message>
        <source>Model loading progress</source>
        <translation>Fortschritt beim Laden des Modells</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Genutzter Kontext</translation>
    </message>
    <message>
        <source>How much of what the model can read at once this conversation uses</source>
        <translation>Wie viel von dem, was das Modell auf einmal lesen kann, diese Unterhaltung belegt</translation>
    </message>
    <message>
        <source>Conversation settings…</source>
        <translation>Einstellungen der Unterhaltung …</translation>
    </message>
    <message>
        <source>Edit this conversation&apos;s instructions and reply settings</source>
        <translation>Anweisungen und Antworteinstellungen dieser Unterhaltung bearbeiten</translation>
    </message>
    <message>
        <source>Reply copied</source>
        <translation>Antwort kopiert</translation>
    </message>
    <message>
        <source>%1 of %2 tokens used</source>
        <translation>%1 von %2 Token belegt</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Tramontane  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nachricht an Tramontane  (Eingabe zum Senden, Umschalt+Eingabe für eine neue Zeile)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Type a question. Enter sends it, Shift+Enter adds a line.</source>
        <translation>Geben Sie eine Frage ein. Eingabe sendet sie, Umschalt+Eingabe fügt eine Zeile hinzu.</translation>
    </message>
    <message>
        <source>Attach documents (or drop them here)</source>
        <translation>Dokumente anhängen (oder hier ablegen)</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Dokumente anhängen</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.pdf *.docx *.html *.htm *.csv *.xlsx);;All files (*)</source>
        <translation>Dokumente (*.txt *.md *.pdf *.docx *.html *.htm *.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Antwort anhalten</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Stopp (Esc)</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Senden (Eingabe)</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>New conversation (%1)</source>
        <translation>Neue Unterhaltung (%1)</translation>
    </message>
    <message>
        <source>More: import and export conversations</source>
        <translation>Mehr: Unterhaltungen importieren und exportieren</translation>
    </message>
    <message>
        <source>Import and export conversations</source>
        <translation>Unterhaltungen importieren und exportieren</translation>
    </message>
    <message>
        <source>Import conversations…</source>
        <translation>Unterhaltungen importieren …</translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation>Alle Unterhaltungen exportieren …</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Finds conversations by their title and their text</source>
        <translation>Findet Unterhaltungen nach Titel und Text</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Enter opens, F2 renames, Delete deletes with undo</source>
        <translation>Eingabe öffnet, F2 benennt um, Entf löscht (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Conversation deleted.</source>
        <translation>Unterhaltung gelöscht.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>Oben anheften</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <source>Conversation settings</source>
        <translation>Einstellungen der Unterhaltung</translation>
    </message>
    <message>
        <source>For example: You are a careful assistant for a law firm. Answer in French, briefly.</source>
        <translation>Zum Beispiel: Sie sind ein sorgfältiger Assistent für eine Anwaltskanzlei. Antworten Sie auf Deutsch, kurz.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>App setting (%1)</source>
        <translation>App-Einstellung (%1)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>App setting (%1 tokens)</source>
        <translation>App-Einstellung (%1 Token)</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Token</translation>
    </message>
    <message>
        <source>Maximum reply length</source>
        <translation>Maximale Antwortlänge</translation>
    </message>
    <message>
        <source>The model follows these instructions in every reply of this conversation.</source>
        <translation>Das Modell befolgt diese Anweisungen in jeder Antwort dieser Unterhaltung.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Tramontane</source>
        <translation>Tramontane</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Prozessor</translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation>CPU-Befehlssätze</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <source>Config folder</source>
        <translation>Konfigurationsordner</translation>
    </message>
    <message>
        <source>Cache folder</source>
        <translation>Cache-Ordner</translation>
    </message>
    <message>
        <source>Logs folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <source>IT policy</source>
        <translation>IT-Richtlinie</translation>
    </message>
    <message>
        <source>Policy problem</source>
        <translation>Richtlinienproblem</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Recheneinheit</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <source>Speed test</source>
        <translation>Geschwindigkeitstest</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Measuring… (a few seconds)</source>
        <translation>Messung läuft … (einige Sekunden)</translation>
    </message>
    <message>
        <source>Reading: %1 tokens per second. Writing: %2 tokens per second. First words after %3 s.</source>
        <translation>Lesen: %1 Token pro Sekunde. Schreiben: %2 Token pro Sekunde. Erste Wörter nach %3 s.</translation>
    </message>
    <message>
        <source>No model is loaded, so there is nothing to measure.</source>
        <translation>Es ist kein Modell geladen, also gibt es nichts zu messen.</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>This computer and Tramontane</source>
        <translation>Dieser Computer und Tramontane</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Diagnostic report</source>
        <translation>Diagnosebericht</translation>
    </message>
    <message>
        <source>Version, system, memory, devices, model and folders</source>
        <translation>Version, System, Speicher, Geräte, Modell und Ordner</translation>
    </message>
    <message>
        <source>Copies the report, in English, to paste into a message to your help desk. It holds no conversation text.</source>
        <translation>Kopiert den Bericht auf Englisch, zum Einfügen in eine Nachricht an Ihren IT-Support. Er enthält keinen Text aus Unterhaltungen.</translation>
    </message>
    <message>
        <source>Open the logs folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the report</source>
        <translation>Bericht aktualisieren</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Measures how fast the current model reads a question and writes a reply on this computer. A reply you ask for meanwhile waits.</source>
        <translation>Misst, wie schnell das aktuelle Modell auf diesem Computer eine Frage liest und eine Antwort schreibt. Eine Antwort, die Sie währenddessen anfordern, wartet.</translation>
    </message>
    <message>
        <source>Speed test</source>
        <translation>Geschwindigkeitstest</translation>
    </message>
    <message>
        <source>Speed test result</source>
        <translation>Ergebnis des Geschwindigkeitstests</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>{0} the download of {1}</source>
        <translation>{0}: Download von {1}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <source>Waiting for the downloads before it</source>
        <translation>Wartet auf die vorherigen Downloads</translation>
    </message>
    <message>
        <source>Asking the hub about the file…</source>
        <translation>Der Hub wird nach der Datei gefragt …</translation>
    </message>
    <message>
        <source>Paused at {0}</source>
        <translation>Pausiert bei {0}</translation>
    </message>
    <message>
        <source>Checking the file ({0}%)…</source>
        <translation>Datei wird geprüft ({0} %) …</translation>
    </message>
    <message>
        <source>Downloaded and checked; it is in your models list.</source>
        <translation>Heruntergeladen und geprüft; es steht in Ihrer Modellliste.</translation>
    </message>
    <message>
        <source>Cancelled; the partial file was deleted.</source>
        <translation>Abgebrochen; die Teildatei wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>DownloadsView</name>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The assistant file “{name}” could not be read ({reason}); it was skipped.</source>
        <translation>Die Assistentendatei „{name}“ konnte nicht gelesen werden ({reason}); sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>The assistant file “{name}” is not usable ({what}); it was skipped.</source>
        <translation>Die Assistentendatei „{name}“ ist nicht verwendbar ({what}); sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>The assistant file “{name}” is too large to be an assistant; it was skipped.</source>
        <translation>Die Assistentendatei „{name}“ ist zu groß für einen Assistenten; sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>“{name}” is provided by your organisation and cannot be changed; duplicate it to make your own version.</source>
        <translation>„{name}“ wird von Ihrer Organisation bereitgestellt und kann nicht geändert werden; duplizieren Sie ihn, um Ihre eigene Fassung anzulegen.</translation>
    </message>
    <message>
        <source>“{name}” comes with Tramontane and cannot be changed; duplicate it to make your own version.</source>
        <translation>„{name}“ gehört zu Tramontane und kann nicht geändert werden; duplizieren Sie ihn, um Ihre eigene Fassung anzulegen.</translation>
    </message>
    <message>
        <source>Your organisation does not allow changing assistants on this computer.</source>
        <translation>Ihre Organisation erlaubt nicht, Assistenten auf diesem Computer zu ändern.</translation>
    </message>
    <message>
        <source>The assistant “{name}” could not be saved ({reason}).</source>
        <translation>Der Assistent „{name}“ konnte nicht gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>The model could not be loaded. {reason}</source>
        <translation>Das Modell konnte nicht geladen werden. {reason}</translation>
    </message>
    <message>
        <source>The model stopped unexpectedly and is being restarted. Your conversation is safe; send your message again.</source>
        <translation>Das Modell wurde unerwartet beendet und wird neu gestartet. Ihre Unterhaltung ist sicher; senden Sie Ihre Nachricht erneut.</translation>
    </message>
    <message>
        <source>This conversation used the model “{name}”, which is no longer on this computer. Its replies now come from the model in use.</source>
        <translation>Diese Unterhaltung nutzte das Modell „{name}“, das nicht mehr auf diesem Computer ist. Ihre Antworten kommen jetzt vom aktuellen Modell.</translation>
    </message>
    <message>
        <source>This conversation runs on a company server that is not available here ({name}). Nothing is sent anywhere else: choose a model in the list to go on.</source>
        <translation>Diese Unterhaltung läuft auf einem Firmenserver, der hier nicht verfügbar ist ({name}). Nichts wird anderswohin gesendet: Wählen Sie ein Modell in der Liste, um fortzufahren.</translation>
    </message>
    <message>
        <source>This conversation runs on {name}, not on the model in use, so nothing was sent. Choose a model in the list to go on; moving the conversation asks first.</source>
        <translation>Diese Unterhaltung läuft auf {name}, nicht auf dem aktuellen Modell, daher wurde nichts gesendet. Wählen Sie ein Modell in der Liste, um fortzufahren; bevor die Unterhaltung umzieht, wird nachgefragt.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model can read at once; the oldest {count} messages were left out.</source>
        <translation>Die Unterhaltung ist länger, als das Modell auf einmal lesen kann; die ältesten {count} Nachrichten wurden weggelassen.</translation>
    </message>
    <message>
        <source>{name} is {size}, more than an export of conversations can be ({limit}). Nothing was imported.</source>
        <translation>{name} ist {size} groß, mehr als ein Export von Unterhaltungen sein kann ({limit}). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>{name} is not a text file, so it is no export of conversations. Nothing was imported.</source>
        <translation>{name} ist keine Textdatei und damit kein Export von Unterhaltungen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}). Nothing was imported.</source>
        <translation>{name} konnte nicht gelesen werden ({reason}). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}). Your conversations are unchanged; choose another folder.</source>
        <translation>{name} konnte nicht geschrieben werden ({reason}). Ihre Unterhaltungen sind unverändert; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>That is already the data folder.</source>
        <translation>Das ist bereits der Datenordner.</translation>
    </message>
    <message>
        <source>The new folder cannot be inside the current one, nor the other way round.</source>
        <translation>Der neue Ordner darf nicht im aktuellen liegen und auch nicht umgekehrt.</translation>
    </message>
    <message>
        <source>{target} already holds files; choose an empty folder.</source>
        <translation>{target} enthält bereits Dateien; wählen Sie einen leeren Ordner.</translation>
    </message>
    <message>
        <source>There is not enough free space at {anchor} for {size}.</source>
        <translation>In {anchor} ist nicht genug Platz frei für {size}.</translation>
    </message>
    <message>
        <source>The copy of {name} differs from the original; nothing was changed.</source>
        <translation>Die Kopie von {name} weicht vom Original ab; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The copy failed ({reason}); nothing was changed.</source>
        <translation>Das Kopieren ist fehlgeschlagen ({reason}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} is in the way and was not made by Tramontane; move it away or choose another folder. Nothing was changed.</source>
        <translation>{path} ist im Weg und wurde nicht von Tramontane angelegt; verschieben Sie es oder wählen Sie einen anderen Ordner. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The move was cancelled; nothing was changed.</source>
        <translation>Das Verschieben wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“{name}” is not a kind of file Tramontane can read. It reads text, Markdown, PDF, Word (.docx), HTML, CSV and Excel (.xlsx) files.</source>
        <translation>„{name}“ ist keine Dateiart, die Tramontane lesen kann. Es liest Text-, Markdown-, PDF-, Word- (.docx), HTML-, CSV- und Excel-Dateien (.xlsx).</translation>
    </message>
    <message>
        <source>“{name}” is too large to read ({size}); the limit is {limit}.</source>
        <translation>„{name}“ ist zu groß zum Lesen ({size}); die Grenze liegt bei {limit}.</translation>
    </message>
    <message>
        <source>“{name}” has more than {pages} pages, more than Tramontane reads of one document.</source>
        <translation>„{name}“ hat mehr als {pages} Seiten, mehr als Tramontane von einem Dokument liest.</translation>
    </message>
    <message>
        <source>“{name}” could not be found; it may have been moved or deleted.</source>
        <translation>„{name}“ wurde nicht gefunden; vielleicht wurde die Datei verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>“{name}” could not be read ({reason}).</source>
        <translation>„{name}“ konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>“{name}” changed or disappeared while it was being read; try again.</source>
        <translation>„{name}“ hat sich beim Lesen geändert oder ist verschwunden; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“{name}” is damaged and could not be read.</source>
        <translation>„{name}“ ist beschädigt und konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“{name}” unpacks to far more than its size ({size}), as a booby-trapped file would; it was not opened.</source>
        <translation>„{name}“ entpackt sich auf weit mehr als seine Größe ({size}), wie es eine präparierte Datei täte; sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>“{name}” is protected with a password. Save a copy without the password and attach that.</source>
        <translation>„{name}“ ist mit einem Passwort geschützt. Speichern Sie eine Kopie ohne Passwort und hängen Sie diese an.</translation>
    </message>
    <message>
        <source>“{name}” holds no text that can be read, only images (a scanned document?). Run text recognition (OCR) on it first.</source>
        <translation>„{name}“ enthält keinen lesbaren Text, nur Bilder (ein gescanntes Dokument?). Lassen Sie zuerst eine Texterkennung (OCR) darüber laufen.</translation>
    </message>
    <message>
        <source>The folder “{name}” holds more than {count} files; only the first {count} are read.</source>
        <translation>Der Ordner „{name}“ enthält mehr als {count} Dateien; nur die ersten {count} werden gelesen.</translation>
    </message>
    <message>
        <source>The adapter “{name}” could not be used: {reason}</source>
        <translation>Der Adapter „{name}“ konnte nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is not a LoRA adapter (a GGUF file made by llama.cpp&apos;s convert_lora_to_gguf).</source>
        <translation>„{name}“ ist kein LoRA-Adapter (eine GGUF-Datei, erstellt mit convert_lora_to_gguf von llama.cpp).</translation>
    </message>
    <message>
        <source>The adapter “{name}” was made for another kind of model ({adapter_arch}); the model in use is {model_arch}.</source>
        <translation>Der Adapter „{name}“ wurde für eine andere Modellart erstellt ({adapter_arch}); das aktuelle Modell ist {model_arch}.</translation>
    </message>
    <message>
        <source>The adapter “{name}” was made for another model of the same kind: its layers do not fit this model ({tensor}).</source>
        <translation>Der Adapter „{name}“ wurde für ein anderes Modell derselben Art erstellt: Seine Schichten passen nicht zu diesem Modell ({tensor}).</translation>
    </message>
    <message>
        <source>The model would not take the adapter “{name}”; the file may be damaged.</source>
        <translation>Das Modell hat den Adapter „{name}“ nicht angenommen; die Datei ist vielleicht beschädigt.</translation>
    </message>
    <message>
        <source>Your organisation does not allow adding servers.</source>
        <translation>Ihre Organisation erlaubt nicht, Server hinzuzufügen.</translation>
    </message>
    <message>
        <source>“{address}” is not a server address. It starts with https:// (or http://), for example https://llm.example.org/v1.</source>
        <translation>„{address}“ ist keine Serveradresse. Sie beginnt mit https:// (oder http://), zum Beispiel https://llm.example.org/v1.</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Geben Sie dem Server einen Namen.</translation>
    </message>
    <message>
        <source>There are already {count} servers; remove one first.</source>
        <translation>Es gibt bereits {count} Server; entfernen Sie zuerst einen.</translation>
    </message>
    <message>
        <source>This server was set up by your organisation and cannot be changed here.</source>
        <translation>Dieser Server wurde von Ihrer Organisation eingerichtet und kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the key safely, so it was not saved.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, um den Schlüssel sicher aufzubewahren, daher wurde er nicht gespeichert.</translation>
    </message>
    <message>
        <source>The list of servers could not be saved ({reason}).</source>
        <translation>Die Serverliste konnte nicht gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>This file is not a GGUF model file.</source>
        <translation>Diese Datei ist keine GGUF-Modelldatei.</translation>
    </message>
    <message>
        <source>This model file is incomplete (it ends early); download it again.</source>
        <translation>Diese Modelldatei ist unvollständig (sie endet zu früh); laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>This model file is damaged ({why}).</source>
        <translation>Diese Modelldatei ist beschädigt ({why}).</translation>
    </message>
    <message>
        <source>The model file {name} could not be found.</source>
        <translation>Die Modelldatei {name} wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The path {name} is a folder, not a model file.</source>
        <translation>Der Pfad {name} ist ein Ordner, keine Modelldatei.</translation>
    </message>
    <message>
        <source>Tramontane is not allowed to read the model file {name}.</source>
        <translation>Tramontane darf die Modelldatei {name} nicht lesen.</translation>
    </message>
    <message>
        <source>The model file {name} could not be read ({reason}).</source>
        <translation>Die Modelldatei {name} konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>This model file is empty; download it again.</source>
        <translation>Diese Modelldatei ist leer; laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>This file is a web page, not a model file; the download went wrong.</source>
        <translation>Diese Datei ist eine Webseite, keine Modelldatei; beim Herunterladen ist etwas schiefgegangen.</translation>
    </message>
    <message>
        <source>This model file is in the big-endian format, which Tramontane cannot use; download the ordinary (little-endian) version.</source>
        <translation>Diese Modelldatei ist im Big-Endian-Format, das Tramontane nicht verwenden kann; laden Sie die gewöhnliche Little-Endian-Version herunter.</translation>
    </message>
    <message>
        <source>This model file uses GGUF version {version}, which Tramontane cannot read (it reads versions 2 and 3).</source>
        <translation>Diese Modelldatei nutzt GGUF-Version {version}, die Tramontane nicht lesen kann (es liest die Versionen 2 und 3).</translation>
    </message>
    <message>
        <source>This model file uses a tensor format (number {number}) that this version of Tramontane does not know.</source>
        <translation>Diese Modelldatei nutzt ein Tensorformat (Nummer {number}), das diese Version von Tramontane nicht kennt.</translation>
    </message>
    <message>
        <source>This model is split into {count} files but its name does not say which part it is, so its other parts cannot be found.</source>
        <translation>Dieses Modell ist auf {count} Dateien aufgeteilt, aber sein Name sagt nicht, welcher Teil es ist, daher lassen sich die anderen Teile nicht finden.</translation>
    </message>
    <message>
        <source>Part {number} of {count} of this model is missing.</source>
        <translation>Teil {number} von {count} dieses Modells fehlt.</translation>
    </message>
    <message>
        <source>The server {server} could not be reached ({reason}).</source>
        <translation>Der Server {server} ist nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <source>The server {server} could not be reached: nothing answers at its address. It may be stopped.</source>
        <translation>Der Server {server} ist nicht erreichbar: Unter seiner Adresse antwortet nichts. Vielleicht ist er ausgeschaltet.</translation>
    </message>
    <message>
        <source>The server {server} could not be reached: the name {host} is not known on this network.</source>
        <translation>Der Server {server} ist nicht erreichbar: Der Name {host} ist in diesem Netzwerk nicht bekannt.</translation>
    </message>
    <message>
        <source>The server {server} did not answer in time.</source>
        <translation>Der Server {server} hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Company servers are turned off in Settings → Privacy, so nothing was sent to {server}.</source>
        <translation>Firmenserver sind unter Einstellungen → Datenschutz ausgeschaltet, daher wurde nichts an {server} gesendet.</translation>
    </message>
    <message>
        <source>The server {server} refused the access key, or needs one. Check the key in Settings → Servers.</source>
        <translation>Der Server {server} hat den Zugangsschlüssel abgelehnt oder verlangt einen. Prüfen Sie den Schlüssel unter Einstellungen → Server.</translation>
    </message>
    <message>
        <source>The server {server} no longer offers the model “{model}”.</source>
        <translation>Der Server {server} bietet das Modell „{model}“ nicht mehr an.</translation>
    </message>
    <message>
        <source>No model of the server {server} is chosen.</source>
        <translation>Es ist kein Modell des Servers {server} ausgewählt.</translation>
    </message>
    <message>
        <source>The company server this conversation used ({server}) is no longer set up in Tramontane.</source>
        <translation>Der Firmenserver, den diese Unterhaltung nutzte ({server}), ist in Tramontane nicht mehr eingerichtet.</translation>
    </message>
    <message>
        <source>Nothing was sent to {server}: choose one of its models in the list first, and agree to send your conversation there.</source>
        <translation>Es wurde nichts an {server} gesendet: Wählen Sie zuerst eines seiner Modelle in der Liste und stimmen Sie zu, Ihre Unterhaltung dorthin zu senden.</translation>
    </message>
    <message>
        <source>There is no OpenAI-compatible API at {address} (the server {server} answered “not found”). Check the address; it usually ends in /v1.</source>
        <translation>Unter {address} gibt es keine OpenAI-kompatible API (der Server {server} antwortete „nicht gefunden“). Prüfen Sie die Adresse; sie endet meist auf /v1.</translation>
    </message>
    <message>
        <source>The server {server} has too many requests just now. Try again in {seconds} seconds.</source>
        <translation>Der Server {server} hat gerade zu viele Anfragen. Versuchen Sie es in {seconds} Sekunden erneut.</translation>
    </message>
    <message>
        <source>The server {server} has too many requests just now. Try again in a moment.</source>
        <translation>Der Server {server} hat gerade zu viele Anfragen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The conversation is too long for the model on {server}. Start a new conversation, or send a shorter message.</source>
        <translation>Die Unterhaltung ist zu lang für das Modell auf {server}. Beginnen Sie eine neue Unterhaltung oder senden Sie eine kürzere Nachricht.</translation>
    </message>
    <message>
        <source>The server {server} failed (error {status}): {detail}</source>
        <translation>Der Server {server} ist gescheitert (Fehler {status}): {detail}</translation>
    </message>
    <message>
        <source>The server {server} did not accept the request (error {status}): {detail}</source>
        <translation>Der Server {server} hat die Anfrage nicht angenommen (Fehler {status}): {detail}</translation>
    </message>
    <message>
        <source>The connection to the server {server} broke off during the reply. The text so far is kept.</source>
        <translation>Die Verbindung zum Server {server} ist während der Antwort abgebrochen. Der bisherige Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>The server {server} answered with something that is not an OpenAI-compatible reply.</source>
        <translation>Der Server {server} hat etwas geantwortet, das keine OpenAI-kompatible Antwort ist.</translation>
    </message>
    <message>
        <source>The certificate of {server} has expired or is not valid yet. Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation>Das Zertifikat von {server} ist abgelaufen oder noch nicht gültig. Tramontane verbindet sich nicht mit einem Server, den es nicht prüfen kann; wenden Sie sich an die Betreiber.</translation>
    </message>
    <message>
        <source>{server} presents a self-signed certificate, which this computer does not trust. Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation>{server} legt ein selbst signiertes Zertifikat vor, dem dieser Computer nicht vertraut. Tramontane verbindet sich nicht mit einem Server, den es nicht prüfen kann; wenden Sie sich an die Betreiber.</translation>
    </message>
    <message>
        <source>The certificate of {server} comes from an authority this computer does not trust. Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation>Das Zertifikat von {server} stammt von einer Stelle, der dieser Computer nicht vertraut. Tramontane verbindet sich nicht mit einem Server, den es nicht prüfen kann; wenden Sie sich an die Betreiber.</translation>
    </message>
    <message>
        <source>The certificate of {server} is made out for another name than {host}. Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation>Das Zertifikat von {server} ist auf einen anderen Namen als {host} ausgestellt. Tramontane verbindet sich nicht mit einem Server, den es nicht prüfen kann; wenden Sie sich an die Betreiber.</translation>
    </message>
    <message>
        <source>The certificate of {server} has been revoked. Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation>Das Zertifikat von {server} wurde widerrufen. Tramontane verbindet sich nicht mit einem Server, den es nicht prüfen kann; wenden Sie sich an die Betreiber.</translation>
    </message>
    <message>
        <source>The certificate of {server} is not trusted ({detail}). Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation>Dem Zertifikat von {server} wird nicht vertraut ({detail}). Tramontane verbindet sich nicht mit einem Server, den es nicht prüfen kann; wenden Sie sich an die Betreiber.</translation>
    </message>
    <message>
        <source>No secure connection to {server} could be made ({detail}). Check whether its address starts with https:// or http://.</source>
        <translation>Es konnte keine sichere Verbindung zu {server} hergestellt werden ({detail}). Prüfen Sie, ob seine Adresse mit https:// oder http:// beginnt.</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>The model crashed the runtime while loading ({detail}). The file may be damaged or not supported by this version.</source>
        <translation>Das Modell hat die Laufzeit beim Laden zum Absturz gebracht ({detail}). Die Datei ist vielleicht beschädigt oder wird von dieser Version nicht unterstützt.</translation>
    </message>
    <message>
        <source>The model stopped unexpectedly ({detail}). Load it again to go on; your conversation is safe.</source>
        <translation>Das Modell wurde unerwartet beendet ({detail}). Laden Sie es erneut, um fortzufahren; Ihre Unterhaltung ist sicher.</translation>
    </message>
    <message>
        <source>The engine failed unexpectedly: {detail}</source>
        <translation>Die Laufzeit ist unerwartet gescheitert: {detail}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Es ist noch kein Modell geladen.</translation>
    </message>
    <message>
        <source>No backend runs models of the kind {kind}.</source>
        <translation>Keine Laufzeit führt Modelle der Art {kind} aus.</translation>
    </message>
    <message>
        <source>This model cannot count tokens.</source>
        <translation>Dieses Modell kann keine Token zählen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>This model&apos;s kind ({architecture}) is not supported by this version of Tramontane. An update may support it.</source>
        <translation>Die Art dieses Modells ({architecture}) wird von dieser Version von Tramontane nicht unterstützt. Ein Update unterstützt sie vielleicht.</translation>
    </message>
    <message>
        <source>This model could not be loaded. It may be damaged, made for a newer version of Tramontane, or need more memory than is free.</source>
        <translation>Dieses Modell konnte nicht geladen werden. Es ist vielleicht beschädigt, für eine neuere Version von Tramontane gemacht oder braucht mehr Speicher, als frei ist.</translation>
    </message>
    <message>
        <source>The model ran out of memory for this conversation. Start a new one.</source>
        <translation>Dem Modell ist für diese Unterhaltung der Speicher ausgegangen. Beginnen Sie eine neue.</translation>
    </message>
    <message>
        <source>The model ran out of memory while the conversation grew.</source>
        <translation>Dem Modell ist der Speicher ausgegangen, während die Unterhaltung wuchs.</translation>
    </message>
    <message>
        <source>The model&apos;s memory could not be copied.</source>
        <translation>Der Speicher des Modells konnte nicht kopiert werden.</translation>
    </message>
    <message>
        <source>The model could not read this conversation (llama.cpp error {code}). Try a shorter conversation or a new one.</source>
        <translation>Das Modell konnte diese Unterhaltung nicht lesen (llama.cpp-Fehler {code}). Versuchen Sie eine kürzere oder eine neue Unterhaltung.</translation>
    </message>
    <message>
        <source>The model stopped with an internal error while writing.</source>
        <translation>Das Modell wurde beim Schreiben durch einen internen Fehler beendet.</translation>
    </message>
    <message>
        <source>This message is too long for the model: it needs {needed} tokens and the model can read {limit}. Shorten it or raise the context length.</source>
        <translation>Diese Nachricht ist zu lang für das Modell: Sie braucht {needed} Token, und das Modell kann {limit} lesen. Kürzen Sie sie oder erhöhen Sie die Kontextlänge.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template failed on this conversation: {detail}</source>
        <translation>Die Chatvorlage dieses Modells ist an dieser Unterhaltung gescheitert: {detail}</translation>
    </message>
    <message>
        <source>The model for searching documents could not be loaded; it may be damaged.</source>
        <translation>Das Modell für die Dokumentensuche konnte nicht geladen werden; es ist vielleicht beschädigt.</translation>
    </message>
    <message>
        <source>There is not enough memory for the model that searches documents.</source>
        <translation>Es ist nicht genug Speicher für das Modell der Dokumentensuche frei.</translation>
    </message>
    <message>
        <source>The model that searches documents could not read a passage.</source>
        <translation>Das Modell der Dokumentensuche konnte einen Abschnitt nicht lesen.</translation>
    </message>
    <message>
        <source>This model cannot make embeddings for searching documents.</source>
        <translation>Dieses Modell kann keine Einbettungen für die Dokumentensuche erzeugen.</translation>
    </message>
    <message>
        <source>The graphics driver failed while loading this model; it runs on the processor instead.</source>
        <translation>Der Grafiktreiber ist beim Laden dieses Modells gescheitert; es läuft stattdessen auf dem Prozessor.</translation>
    </message>
    <message>
        <source>The graphics card did not have enough memory for this model; it runs on the processor.</source>
        <translation>Die Grafikkarte hatte nicht genug Speicher für dieses Modell; es läuft auf dem Prozessor.</translation>
    </message>
    <message>
        <source>The graphics card did not have enough memory for this model; part of it runs on the processor.</source>
        <translation>Die Grafikkarte hatte nicht genug Speicher für dieses Modell; ein Teil läuft auf dem Prozessor.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used ({why}), so a plain template is used instead; its replies may be less good.</source>
        <translation>Die Chatvorlage dieses Modells konnte nicht verwendet werden ({why}), daher wird eine einfache Vorlage genutzt; die Antworten sind vielleicht weniger gut.</translation>
    </message>
    <message>
        <source>Tramontane is set to work offline only; downloads are turned off in Settings.</source>
        <translation>Tramontane ist auf „Nur offline“ eingestellt; Downloads sind in den Einstellungen ausgeschaltet.</translation>
    </message>
    <message>
        <source>Tramontane is working offline, so the hub was not contacted.</source>
        <translation>Tramontane arbeitet offline, daher wurde der Hub nicht kontaktiert.</translation>
    </message>
    <message>
        <source>{repo} is gated: its makers ask you to accept their terms on the hub&apos;s website, then to give Tramontane an access token.</source>
        <translation>{repo} ist zugangsbeschränkt: Die Hersteller bitten Sie, ihre Bedingungen auf der Website des Hubs zu akzeptieren und Tramontane dann ein Zugriffstoken zu geben.</translation>
    </message>
    <message>
        <source>This model is gated: its makers ask you to accept their terms on the hub&apos;s website, then to give Tramontane an access token.</source>
        <translation>Dieses Modell ist zugangsbeschränkt: Die Hersteller bitten Sie, ihre Bedingungen auf der Website des Hubs zu akzeptieren und Tramontane dann ein Zugriffstoken zu geben.</translation>
    </message>
    <message>
        <source>{repo} was not found, or it is private and needs an access token.</source>
        <translation>{repo} wurde nicht gefunden oder ist privat und braucht ein Zugriffstoken.</translation>
    </message>
    <message>
        <source>This model was not found, or it is private and needs an access token.</source>
        <translation>Dieses Modell wurde nicht gefunden oder ist privat und braucht ein Zugriffstoken.</translation>
    </message>
    <message>
        <source>{repo} was not found on the hub.</source>
        <translation>{repo} wurde auf dem Hub nicht gefunden.</translation>
    </message>
    <message>
        <source>This model was not found on the hub.</source>
        <translation>Dieses Modell wurde auf dem Hub nicht gefunden.</translation>
    </message>
    <message>
        <source>The file was not found on the hub.</source>
        <translation>Die Datei wurde auf dem Hub nicht gefunden.</translation>
    </message>
    <message>
        <source>This version of {repo} is no longer on the hub.</source>
        <translation>Diese Version von {repo} ist nicht mehr auf dem Hub.</translation>
    </message>
    <message>
        <source>This version of the model is no longer on the hub.</source>
        <translation>Diese Version des Modells ist nicht mehr auf dem Hub.</translation>
    </message>
    <message>
        <source>The file is no longer on the hub (it may have been renamed or removed).</source>
        <translation>Die Datei ist nicht mehr auf dem Hub (vielleicht wurde sie umbenannt oder entfernt).</translation>
    </message>
    <message>
        <source>The hub refused access to {repo}; an access token with read permission is needed.</source>
        <translation>Der Hub hat den Zugriff auf {repo} verweigert; ein Zugriffstoken mit Leserecht ist nötig.</translation>
    </message>
    <message>
        <source>The hub refused access; an access token with read permission is needed.</source>
        <translation>Der Hub hat den Zugriff verweigert; ein Zugriffstoken mit Leserecht ist nötig.</translation>
    </message>
    <message>
        <source>The hub is receiving too many requests; try again in a few minutes.</source>
        <translation>Der Hub erhält zu viele Anfragen; versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>The hub is having trouble (error {status}); try again later.</source>
        <translation>Der Hub hat Probleme (Fehler {status}); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The hub answered with error {status}.</source>
        <translation>Der Hub hat mit Fehler {status} geantwortet.</translation>
    </message>
    <message>
        <source>The model hub did not answer in time; check the connection and try again.</source>
        <translation>Der Modell-Hub hat nicht rechtzeitig geantwortet; prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The model hub could not be reached; check the internet connection.</source>
        <translation>Der Modell-Hub ist nicht erreichbar; prüfen Sie die Internetverbindung.</translation>
    </message>
    <message>
        <source>The connection to the hub broke off; try again.</source>
        <translation>Die Verbindung zum Hub ist abgebrochen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The hub&apos;s answer lacked the details needed to check the file; try again later.</source>
        <translation>Der Antwort des Hubs fehlten die Angaben, um die Datei zu prüfen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The hub could not be used ({detail}).</source>
        <translation>Der Hub konnte nicht genutzt werden ({detail}).</translation>
    </message>
    <message>
        <source>The file on the hub is not the one Tramontane&apos;s catalog describes (its checksum differs), so {title} was not downloaded.</source>
        <translation>Die Datei auf dem Hub ist nicht die, die der Katalog von Tramontane beschreibt (ihre Prüfsumme weicht ab), daher wurde {title} nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>The hub does not publish a checksum for this file, so Tramontane cannot check it and did not download it.</source>
        <translation>Der Hub veröffentlicht keine Prüfsumme für diese Datei, daher kann Tramontane sie nicht prüfen und hat sie nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>There is not enough free disk space: {title} needs {needed} more and the disk has {free} free.</source>
        <translation>Es ist nicht genug Speicherplatz frei: {title} braucht noch {needed}, und auf dem Datenträger sind {free} frei.</translation>
    </message>
    <message>
        <source>The downloaded file for {title} did not match its published checksum, so it was deleted. Try again; if it happens again, the file on the hub may be damaged.</source>
        <translation>Die heruntergeladene Datei für {title} passte nicht zu ihrer veröffentlichten Prüfsumme und wurde gelöscht. Versuchen Sie es erneut; passiert es wieder, ist die Datei auf dem Hub vielleicht beschädigt.</translation>
    </message>
    <message>
        <source>The downloaded file is not a usable model ({reason}); it was deleted.</source>
        <translation>Die heruntergeladene Datei ist kein verwendbares Modell ({reason}); sie wurde gelöscht.</translation>
    </message>
    <message>
        <source>A model with these file names is already in your models folder; the download is kept until that one is removed.</source>
        <translation>Ein Modell mit diesen Dateinamen liegt bereits in Ihrem Modellordner; der Download wird aufbewahrt, bis jenes entfernt ist.</translation>
    </message>
    <message>
        <source>The disk is full. The part downloaded so far is kept: free some space, then press Resume.</source>
        <translation>Der Datenträger ist voll. Der bisher heruntergeladene Teil bleibt erhalten: Geben Sie Speicherplatz frei und klicken Sie dann auf Fortsetzen.</translation>
    </message>
    <message>
        <source>The download ended early; the part downloaded so far is kept. Press Resume to go on.</source>
        <translation>Der Download endete zu früh; der bisher heruntergeladene Teil bleibt erhalten. Klicken Sie auf Fortsetzen, um weiterzumachen.</translation>
    </message>
    <message>
        <source>The download could not be saved ({reason}); the part downloaded so far is kept.</source>
        <translation>Der Download konnte nicht gespeichert werden ({reason}); der bisher heruntergeladene Teil bleibt erhalten.</translation>
    </message>
    <message>
        <source>{reason} The part downloaded so far is kept.</source>
        <translation>{reason} Der bisher heruntergeladene Teil bleibt erhalten.</translation>
    </message>
    <message>
        <source>The connection to the hub broke off. The part downloaded so far is kept: press Resume to go on.</source>
        <translation>Die Verbindung zum Hub ist abgebrochen. Der bisher heruntergeladene Teil bleibt erhalten: Klicken Sie auf Fortsetzen, um weiterzumachen.</translation>
    </message>
    <message>
        <source>The download was stopped.</source>
        <translation>Der Download wurde angehalten.</translation>
    </message>
    <message>
        <source>The hub offered a file without a usable name, so it was refused.</source>
        <translation>Der Hub bot eine Datei ohne verwendbaren Namen an, daher wurde sie abgelehnt.</translation>
    </message>
    <message>
        <source>The hub offered a file with an unsafe name ({name}), so it was refused.</source>
        <translation>Der Hub bot eine Datei mit unsicherem Namen an ({name}), daher wurde sie abgelehnt.</translation>
    </message>
    <message>
        <source>The file {name} is not a GGUF model file, so it was refused.</source>
        <translation>Die Datei {name} ist keine GGUF-Modelldatei, daher wurde sie abgelehnt.</translation>
    </message>
    <message>
        <source>{name} is not a valid model repository name.</source>
        <translation>{name} ist kein gültiger Name für ein Modell-Repository.</translation>
    </message>
    <message>
        <source>The download names no file.</source>
        <translation>Der Download nennt keine Datei.</translation>
    </message>
    <message>
        <source>The model catalog has a damaged entry ({detail}).</source>
        <translation>Der Modellkatalog enthält einen beschädigten Eintrag ({detail}).</translation>
    </message>
    <message>
        <source>The model catalog&apos;s checksum for {name} is not a SHA-256.</source>
        <translation>Die Prüfsumme im Modellkatalog für {name} ist kein SHA-256.</translation>
    </message>
    <message>
        <source>The model catalog&apos;s size for {name} is not a number of bytes.</source>
        <translation>Die Größe im Modellkatalog für {name} ist keine Anzahl von Bytes.</translation>
    </message>
    <message>
        <source>The model catalog could not be found; reinstalling Tramontane restores it.</source>
        <translation>Der Modellkatalog wurde nicht gefunden; eine Neuinstallation von Tramontane stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>The model catalog is damaged; reinstalling Tramontane restores it.</source>
        <translation>Der Modellkatalog ist beschädigt; eine Neuinstallation von Tramontane stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>The model catalog is from another version of Tramontane.</source>
        <translation>Der Modellkatalog stammt von einer anderen Version von Tramontane.</translation>
    </message>
    <message>
        <source>The model catalog lists a model twice.</source>
        <translation>Der Modellkatalog führt ein Modell doppelt auf.</translation>
    </message>
    <message>
        <source>{name} cannot be used: {reason}</source>
        <translation>{name} kann nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <source>{name} could not be found.</source>
        <translation>{name} wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to copy this model: it needs {needed} and the disk has {free} free.</source>
        <translation>Es ist nicht genug Speicherplatz frei, um dieses Modell zu kopieren: Es braucht {needed}, und auf dem Datenträger sind {free} frei.</translation>
    </message>
    <message>
        <source>A model with these file names is already in your models folder.</source>
        <translation>Ein Modell mit diesen Dateinamen liegt bereits in Ihrem Modellordner.</translation>
    </message>
    <message>
        <source>The disk became full while copying the model; nothing was added.</source>
        <translation>Der Datenträger wurde beim Kopieren des Modells voll; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The model could not be copied ({reason}); nothing was added.</source>
        <translation>Das Modell konnte nicht kopiert werden ({reason}); es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation>Das Kopieren wurde abgebrochen.</translation>
    </message>
    <message>
        <source>{name} is in a folder Tramontane does not manage, so it was not deleted.</source>
        <translation>{name} liegt in einem Ordner, den Tramontane nicht verwaltet, daher wurde es nicht gelöscht.</translation>
    </message>
    <message>
        <source>{name} could not be deleted ({reason}).</source>
        <translation>{name} konnte nicht gelöscht werden ({reason}).</translation>
    </message>
    <message>
        <source>The disk that holds {folder} is full, so the last change could not be saved. Free some space and try again; everything saved before is safe.</source>
        <translation>Der Datenträger mit {folder} ist voll, daher konnte die letzte Änderung nicht gespeichert werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut; alles zuvor Gespeicherte ist sicher.</translation>
    </message>
    <message>
        <source>Tramontane cannot write to the folder {folder}. Check that it is not read-only and that your account may change it, or choose another data folder.</source>
        <translation>Tramontane kann nicht in den Ordner {folder} schreiben. Prüfen Sie, dass er nicht schreibgeschützt ist und Ihr Konto ihn ändern darf, oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>Tramontane is already open with the same conversations ({folder}). Switch to that window, or close it and try again.</source>
        <translation>Tramontane ist bereits mit denselben Unterhaltungen geöffnet ({folder}). Wechseln Sie zu diesem Fenster oder schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The conversations database is busy in another program. Close other copies of Tramontane and try again.</source>
        <translation>Die Datenbank der Unterhaltungen wird von einem anderen Programm belegt. Schließen Sie andere Tramontane-Fenster und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The conversations file {path} is damaged and cannot be read. Restore it from a backup in the backups folder next to it.</source>
        <translation>Die Unterhaltungsdatei {path} ist beschädigt und kann nicht gelesen werden. Stellen Sie sie aus einer Sicherung im Ordner backups daneben wieder her.</translation>
    </message>
    <message>
        <source>The conversations could not be read or saved ({detail}).</source>
        <translation>Die Unterhaltungen konnten nicht gelesen oder gespeichert werden ({detail}).</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used: {reason}.</source>
        <translation>Der Datenordner {folder} kann nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a Tramontane conversations file, so it was left untouched. Move it away to start with an empty history.</source>
        <translation>{path} ist keine Unterhaltungsdatei von Tramontane und wurde daher nicht angerührt. Verschieben Sie sie, um mit einem leeren Verlauf zu beginnen.</translation>
    </message>
    <message>
        <source>The conversations in {path} cannot be unlocked: the key in the system keychain does not match. If the data folder came from another computer, its key did not come with it. Nothing was changed.</source>
        <translation>Die Unterhaltungen in {path} lassen sich nicht entsperren: Der Schlüssel im Schlüsselbund des Systems passt nicht. Wenn der Datenordner von einem anderen Computer stammt, ist sein Schlüssel nicht mitgekommen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The conversations in {path} cannot be unlocked: the key in the key file next to it does not match. If the data folder came from another computer, its key did not come with it. Nothing was changed.</source>
        <translation>Die Unterhaltungen in {path} lassen sich nicht entsperren: Der Schlüssel in der Schlüsseldatei daneben passt nicht. Wenn der Datenordner von einem anderen Computer stammt, ist sein Schlüssel nicht mitgekommen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The conversations in {path} were saved by a newer version of Tramontane. Install that version again to open them; nothing was changed.</source>
        <translation>Die Unterhaltungen in {path} wurden von einer neueren Version von Tramontane gespeichert. Installieren Sie diese Version wieder, um sie zu öffnen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The key for your conversations in the system keychain is damaged, so they cannot be opened. Nothing was changed.</source>
        <translation>Der Schlüssel Ihrer Unterhaltungen im Schlüsselbund des Systems ist beschädigt, daher lassen sie sich nicht öffnen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The key for your conversations in {path} is damaged, so they cannot be opened. Nothing was changed.</source>
        <translation>Der Schlüssel Ihrer Unterhaltungen in {path} ist beschädigt, daher lassen sie sich nicht öffnen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The key for the conversations in {folder} is missing from the system keychain and from the data folder, so they cannot be opened. Nothing was changed.</source>
        <translation>Der Schlüssel der Unterhaltungen in {folder} fehlt im Schlüsselbund des Systems und im Datenordner, daher lassen sie sich nicht öffnen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused to keep the key that protects your conversations.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder hat sich geweigert, den Schlüssel zu Ihren Unterhaltungen aufzubewahren.</translation>
    </message>
    <message>
        <source>The key for your conversations could not be read from the system keychain. Unlock the keychain (or log in to the desktop session) and try again.</source>
        <translation>Der Schlüssel Ihrer Unterhaltungen konnte nicht aus dem Schlüsselbund des Systems gelesen werden. Entsperren Sie den Schlüsselbund (oder melden Sie sich an der Desktop-Sitzung an) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>That conversation no longer exists.</source>
        <translation>Diese Unterhaltung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The message to answer no longer exists in this conversation.</source>
        <translation>Die zu beantwortende Nachricht gibt es in dieser Unterhaltung nicht mehr.</translation>
    </message>
    <message>
        <source>That message no longer exists.</source>
        <translation>Diese Nachricht gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That reply is finished; no more text can be added to it.</source>
        <translation>Diese Antwort ist abgeschlossen; es kann kein Text mehr hinzugefügt werden.</translation>
    </message>
    <message>
        <source>That reply is already finished.</source>
        <translation>Diese Antwort ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>The conversations are closed.</source>
        <translation>Die Unterhaltungen sind geschlossen.</translation>
    </message>
    <message>
        <source>This file is not a Tramontane export (JSON), so nothing was imported.</source>
        <translation>Diese Datei ist kein Tramontane-Export (JSON), daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This export comes from a newer version of Tramontane; update the app to import it. Nothing was imported.</source>
        <translation>Dieser Export stammt von einer neueren Version von Tramontane; aktualisieren Sie die App, um ihn zu importieren. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This file is not a ChatGPT export: choose conversations.json from the unpacked export archive. Nothing was imported.</source>
        <translation>Diese Datei ist kein ChatGPT-Export: Wählen Sie conversations.json aus dem entpackten Exportarchiv. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This file is too large to import ({size}; at most {limit}), so nothing was imported. Split it, or import the conversations a few at a time.</source>
        <translation>Diese Datei ist zu groß zum Importieren ({size}; höchstens {limit}), daher wurde nichts importiert. Teilen Sie sie auf oder importieren Sie die Unterhaltungen in kleineren Gruppen.</translation>
    </message>
    <message>
        <source>This export file is damaged or incomplete ({detail}), so nothing was imported.</source>
        <translation>Diese Exportdatei ist beschädigt oder unvollständig ({detail}), daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Tramontane uses {name}, the small model it comes with: no other model here fits in this computer&apos;s free memory.</source>
        <translation>Tramontane verwendet {name}, das kleine mitgelieferte Modell: Kein anderes Modell hier passt in den freien Arbeitsspeicher dieses Computers.</translation>
    </message>
    <message>
        <source>Tramontane uses {name}, the small model it comes with. The Models pane has more capable ones.</source>
        <translation>Tramontane verwendet {name}, das kleine mitgelieferte Modell. Der Bereich Modelle bietet leistungsfähigere an.</translation>
    </message>
    <message>
        <source>Tramontane uses {name}, the model found on this computer.</source>
        <translation>Tramontane verwendet {name}, das auf diesem Computer gefundene Modell.</translation>
    </message>
    <message>
        <source>Tramontane uses {name}, the most capable of the {count} models found here that fits in this computer&apos;s memory.</source>
        <translation>Tramontane verwendet {name}, das leistungsfähigste der {count} hier gefundenen Modelle, das in den Arbeitsspeicher dieses Computers passt.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>The language of Tramontane&apos;s menus and messages. Models answer in the language you write to them.</source>
        <translation>Die Sprache der Menüs und Meldungen von Tramontane. Modelle antworten in der Sprache, in der Sie ihnen schreiben.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Light or dark colours. “Follow the system” changes along with your computer&apos;s setting.</source>
        <translation>Helle oder dunkle Farben. „Wie das System“ wechselt mit der Einstellung Ihres Computers.</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Größer</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Am größten</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Makes all the text in Tramontane larger or smaller.</source>
        <translation>Macht den gesamten Text in Tramontane größer oder kleiner.</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Großzügig</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation>Abstände</translation>
    </message>
    <message>
        <source>Compact puts less space between messages, so more of them fit on the screen.</source>
        <translation>Kompakt lässt weniger Platz zwischen den Nachrichten, sodass mehr auf den Bildschirm passen.</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Where the model runs</source>
        <translation>Wo das Modell läuft</translation>
    </message>
    <message>
        <source>In use now</source>
        <translation>Derzeit in Verwendung</translation>
    </message>
    <message>
        <source>Automatic (graphics card when it helps)</source>
        <translation>Automatisch (Grafikkarte, wenn es hilft)</translation>
    </message>
    <message>
        <source>Processor only</source>
        <translation>Nur Prozessor</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Rechnen auf</translation>
    </message>
    <message>
        <source>Automatic uses a graphics card when there is one with enough memory, and the processor otherwise.</source>
        <translation>Automatisch nutzt eine Grafikkarte, wenn eine mit genug Speicher vorhanden ist, sonst den Prozessor.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Layers on the graphics card</source>
        <translation>Schichten auf der Grafikkarte</translation>
    </message>
    <message>
        <source>How much of the model goes on the graphics card. Automatic puts as much as fits; lower it if other programs need the card.</source>
        <translation>Wie viel vom Modell auf die Grafikkarte kommt. Automatisch nimmt so viel, wie passt; verringern Sie den Wert, wenn andere Programme die Karte brauchen.</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>Processor threads</source>
        <translation>Prozessor-Threads</translation>
    </message>
    <message>
        <source>How many processor cores the model uses. Automatic uses every physical core.</source>
        <translation>Wie viele Prozessorkerne das Modell nutzt. Automatisch nutzt alle physischen Kerne.</translation>
    </message>
    <message>
        <source>Reload the model with these settings</source>
        <translation>Modell mit diesen Einstellungen neu laden</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Es ist kein Modell geladen.</translation>
    </message>
    <message>
        <source>The processor</source>
        <translation>Der Prozessor</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 layers)</source>
        <translation>%1 (%2 von %3 Schichten)</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Token</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Prozessor</translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation>Grafikkarte</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>%1 frei von %2</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>About Tramontane</source>
        <translation>Über Tramontane</translation>
    </message>
    <message>
        <source>Tramontane %1

Private AI chat on your own computer. The models run here, your conversations are stored encrypted, and nothing goes online unless you download a model.

Apache License 2.0.</source>
        <translation>Tramontane %1

Privater KI-Chat auf Ihrem eigenen Computer. Die Modelle laufen hier, Ihre Unterhaltungen werden verschlüsselt gespeichert, und nichts geht ins Internet, außer Sie laden ein Modell herunter.

Apache-Lizenz 2.0.</translation>
    </message>
</context>
<context>
    <name>HubView</name>
    <message>
        <source>Search the model hub, e.g. “mistral instruct”</source>
        <translation>Modell-Hub durchsuchen, z. B. „mistral instruct“</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Suchbegriffe</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search the model hub</source>
        <translation>Modell-Hub durchsuchen</translation>
    </message>
    <message>
        <source>Repositories found</source>
        <translation>Gefundene Repositorys</translation>
    </message>
    <message>
        <source>Model files in the chosen repository</source>
        <translation>Modelldateien im gewählten Repository</translation>
    </message>
    <message>
        <source>Columns of the file list</source>
        <translation>Spalten der Dateiliste</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Komprimierung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was das bedeutet</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Download this file</source>
        <translation>Diese Datei herunterladen</translation>
    </message>
    <message>
        <source>Download the selected file</source>
        <translation>Ausgewählte Datei herunterladen</translation>
    </message>
    <message>
        <source>Search, then choose a repository to see its model files.</source>
        <translation>Suchen Sie und wählen Sie dann ein Repository, um seine Modelldateien zu sehen.</translation>
    </message>
    <message>
        <source>Searching sends your search words to the model hub (huggingface.co). Nothing else leaves this computer.</source>
        <translation>Beim Suchen werden Ihre Suchbegriffe an den Modell-Hub (huggingface.co) gesendet. Sonst verlässt nichts diesen Computer.</translation>
    </message>
    <message>
        <source>Searching and downloading are turned off because Tramontane is set to work offline only (Settings).</source>
        <translation>Suchen und Herunterladen sind ausgeschaltet, weil Tramontane auf „Nur offline“ eingestellt ist (Einstellungen).</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories with GGUF models, most downloaded first.</source>
        <translation>
            <numerusform>%n Repository mit GGUF-Modellen, die meistgeladenen zuerst.</numerusform>
            <numerusform>%n Repositorys mit GGUF-Modellen, die meistgeladenen zuerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln downloads last month</source>
        <translation>
            <numerusform>%Ln Download im letzten Monat</numerusform>
            <numerusform>%Ln Downloads im letzten Monat</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found; try fewer or other words.</source>
        <translation>Nichts gefunden; versuchen Sie weniger oder andere Wörter.</translation>
    </message>
    <message>
        <source>Reading the list of files…</source>
        <translation>Dateiliste wird gelesen …</translation>
    </message>
    <message>
        <source>Licence: {0}</source>
        <translation>Lizenz: {0}</translation>
    </message>
    <message>
        <source>Gated: its makers ask you to accept their terms on the hub&apos;s website; Tramontane will then ask for your access token.</source>
        <translation>Zugangsbeschränkt: Die Hersteller bitten Sie, ihre Bedingungen auf der Website des Hubs zu akzeptieren; danach fragt Tramontane nach Ihrem Zugriffstoken.</translation>
    </message>
    <message>
        <source>This repository has no GGUF model files.</source>
        <translation>Dieses Repository enthält keine GGUF-Modelldateien.</translation>
    </message>
    <message>
        <source> ({0} parts)</source>
        <translation> ({0} Teile)</translation>
    </message>
</context>
<context>
    <name>KeychainPrompt</name>
    <message>
        <source>Tramontane keeps the key that protects your conversations in your system&apos;s keychain, but the keychain is locked or refused to keep it.

Unlock the keychain (or log in to your desktop session), then try again.

Or keep the key in a file in Tramontane&apos;s data folder instead. Then anyone who can read that folder can read your conversations: another program you run, someone using your account, or anyone with a copy of this disk or its backups.</source>
        <translation>Tramontane bewahrt den Schlüssel zu Ihren Unterhaltungen im Schlüsselbund Ihres Systems auf, aber der Schlüsselbund ist gesperrt oder hat sich geweigert, ihn aufzubewahren.

Entsperren Sie den Schlüsselbund (oder melden Sie sich an Ihrer Desktop-Sitzung an) und versuchen Sie es dann erneut.

Oder bewahren Sie den Schlüssel stattdessen in einer Datei im Datenordner von Tramontane auf. Dann kann jeder, der diesen Ordner lesen kann, Ihre Unterhaltungen lesen: ein anderes Programm, das Sie ausführen, jemand, der Ihr Konto benutzt, oder jeder mit einer Kopie dieses Datenträgers oder seiner Sicherungen.</translation>
    </message>
    <message>
        <source>Tramontane could not read the key to your conversations from your system&apos;s keychain. Unlock the keychain (or log in to your desktop session), then try again.</source>
        <translation>Tramontane konnte den Schlüssel zu Ihren Unterhaltungen nicht aus dem Schlüsselbund Ihres Systems lesen. Entsperren Sie den Schlüsselbund (oder melden Sie sich an Ihrer Desktop-Sitzung an) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Keep the key in a file</source>
        <translation>Schlüssel in einer Datei aufbewahren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>You can start with no conversations instead. The ones that cannot be opened are moved, unchanged, into a new folder in %1, so that nothing is lost if their key turns up again.</source>
        <translation>Sie können stattdessen ohne Unterhaltungen beginnen. Die Unterhaltungen, die sich nicht öffnen lassen, werden unverändert in einen neuen Ordner in %1 verschoben, damit nichts verloren geht, falls ihr Schlüssel wieder auftaucht.</translation>
    </message>
    <message>
        <source>Start with no conversations</source>
        <translation>Ohne Unterhaltungen beginnen</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>The model folders could not be read.</source>
        <translation>Die Modellordner konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{0} is now the model new conversations start with.</source>
        <translation>{0} ist jetzt das Modell, mit dem neue Unterhaltungen beginnen.</translation>
    </message>
    <message>
        <source>{0} is loading for this conversation.</source>
        <translation>{0} wird für diese Unterhaltung geladen.</translation>
    </message>
    <message>
        <source>{0} is ready in this conversation.</source>
        <translation>{0} ist in dieser Unterhaltung bereit.</translation>
    </message>
    <message>
        <source>{0} could not be loaded; the chat pane says why.</source>
        <translation>{0} konnte nicht geladen werden; der Chatbereich sagt, warum.</translation>
    </message>
    <message>
        <source>Another model is being copied; wait until it is done.</source>
        <translation>Ein anderes Modell wird gerade kopiert; warten Sie, bis das fertig ist.</translation>
    </message>
</context>
<context>
    <name>LocalModelsTable</name>
    <message>
        <source>{name}, {size}, {advice}</source>
        <translation>{name}, {size}, {advice}</translation>
    </message>
</context>
<context>
    <name>LocalModelsView</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Komprimierung</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Models on this computer. Drop a .gguf file here to add it.</source>
        <translation>Modelle auf diesem Computer. Legen Sie hier eine .gguf-Datei ab, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>Add a model file…</source>
        <translation>Modelldatei hinzufügen …</translation>
    </message>
    <message>
        <source>Add a model file from this computer</source>
        <translation>Modelldatei von diesem Computer hinzufügen</translation>
    </message>
    <message>
        <source>Use in this conversation</source>
        <translation>In dieser Unterhaltung verwenden</translation>
    </message>
    <message>
        <source>Use the selected model in this conversation</source>
        <translation>Ausgewähltes Modell in dieser Unterhaltung verwenden</translation>
    </message>
    <message>
        <source>Use for new conversations</source>
        <translation>Für neue Unterhaltungen verwenden</translation>
    </message>
    <message>
        <source>Make the selected model the default</source>
        <translation>Ausgewähltes Modell zum Standard machen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Show the selected model&apos;s file in its folder</source>
        <translation>Datei des ausgewählten Modells im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation>Modelle auf diesem Computer</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Sort the models by</source>
        <translation>Modelle sortieren nach</translation>
    </message>
    <message>
        <source>No models yet. Download one from the catalog, or add a .gguf file.</source>
        <translation>Noch keine Modelle. Laden Sie eines aus dem Katalog herunter oder fügen Sie eine .gguf-Datei hinzu.</translation>
    </message>
    <message>
        <source>No model selected</source>
        <translation>Kein Modell ausgewählt</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>; {0}</source>
        <translation>; {0}</translation>
    </message>
    <message>
        <source> in {0} files</source>
        <translation> in {0} Dateien</translation>
    </message>
    <message>
        <source>In a shared folder: Tramontane uses it there and never deletes it.</source>
        <translation>In einem freigegebenen Ordner: Tramontane nutzt es dort und löscht es nie.</translation>
    </message>
    <message>
        <source>Comes with Tramontane.</source>
        <translation>Wird mit Tramontane geliefert.</translation>
    </message>
    <message>
        <source>Used where it is, outside your models folder.</source>
        <translation>Wird dort verwendet, wo es liegt, außerhalb Ihres Modellordners.</translation>
    </message>
    <message>
        <source>★ New conversations start with this model.</source>
        <translation>★ Neue Unterhaltungen beginnen mit diesem Modell.</translation>
    </message>
    <message>
        <source>Remove from list…</source>
        <translation>Aus der Liste entfernen …</translation>
    </message>
    <message>
        <source>Tramontane does not delete files in shared or bundled folders.</source>
        <translation>Tramontane löscht keine Dateien in freigegebenen oder mitgelieferten Ordnern.</translation>
    </message>
    <message>
        <source>This model may not run well here: {0}</source>
        <translation>Dieses Modell läuft hier womöglich nicht gut: {0}</translation>
    </message>
    <message>
        <source>Take {0} off the list? The file stays where it is:
{1}</source>
        <translation>{0} von der Liste nehmen? Die Datei bleibt, wo sie ist:
{1}</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Delete {0}? Its file ({1}) will be removed from this computer.</source>
        <translation>{0} löschen? Seine Datei ({1}) wird von diesem Computer entfernt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>%1 pane</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts, diagnostics and about Tramontane</source>
        <translation>Tastenkürzel, Diagnose und Informationen über Tramontane</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <source>Tramontane is set to work offline. Opening this link makes your browser contact %1. Open it anyway?</source>
        <translation>Tramontane ist auf offline eingestellt. Wenn Sie diesen Link öffnen, kontaktiert Ihr Browser %1. Trotzdem öffnen?</translation>
    </message>
    <message>
        <source>Open this link in your browser?</source>
        <translation>Diesen Link in Ihrem Browser öffnen?</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>The messages of this conversation, oldest first</source>
        <translation>Die Nachrichten dieser Unterhaltung, die älteste zuerst</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message numerus="yes">
        <source>%Ln tokens</source>
        <translation>
            <numerusform>%Ln Token</numerusform>
            <numerusform>%Ln Token</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 Token/s</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy this message</source>
        <translation>Diese Nachricht kopieren</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit this question and send it again</source>
        <translation>Diese Frage bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Write another reply</source>
        <translation>Eine andere Antwort schreiben</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Version %1 von %2</translation>
    </message>
    <message>
        <source>Reading your message… %1%</source>
        <translation>Ihre Nachricht wird gelesen … %1 %</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach …</translation>
    </message>
    <message>
        <source>No reply was written.</source>
        <translation>Es wurde keine Antwort geschrieben.</translation>
    </message>
    <message>
        <source>Edit your question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send the changed question</source>
        <translation>Geänderte Frage senden</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>The starter model</source>
        <translation>Das Startmodell</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>The model Tramontane loads when it starts. Each conversation can still use another one.</source>
        <translation>Das Modell, das Tramontane beim Start lädt. Jede Unterhaltung kann trotzdem ein anderes verwenden.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Lower gives focused, predictable replies; higher gives more varied, creative ones.</source>
        <translation>Niedriger ergibt gezielte, vorhersehbare Antworten; höher ergibt abwechslungsreichere, kreativere.</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>How many likely words the model chooses from. Lower is more careful; 0.95 suits most uses.</source>
        <translation>Aus wie vielen wahrscheinlichen Wörtern das Modell wählt. Niedriger ist vorsichtiger; 0,95 passt für die meisten Zwecke.</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Token</translation>
    </message>
    <message>
        <source>Maximum reply length</source>
        <translation>Maximale Antwortlänge</translation>
    </message>
    <message>
        <source>A reply stops after this many tokens (a token is about three quarters of a word).</source>
        <translation>Eine Antwort endet nach so vielen Token (ein Token ist etwa drei Viertel eines Wortes).</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Token</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <source>How much of the conversation the model can read at once. Longer needs more memory; takes effect when the model is next loaded.</source>
        <translation>Wie viel der Unterhaltung das Modell auf einmal lesen kann. Länger braucht mehr Speicher; gilt ab dem nächsten Laden des Modells.</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Auf Empfehlung zurücksetzen</translation>
    </message>
    <message>
        <source>Puts temperature, top-p, reply length and context length back to the recommended values.</source>
        <translation>Setzt Temperatur, Top-p, Antwortlänge und Kontextlänge auf die empfohlenen Werte zurück.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Company server: %1</source>
        <translation>Firmenserver: %1</translation>
    </message>
</context>
<context>
    <name>ModelsPane</name>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Search the hub</source>
        <translation>Hub durchsuchen</translation>
    </message>
    <message>
        <source>Model library sections</source>
        <translation>Bereiche der Modellbibliothek</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel copying the model</source>
        <translation>Kopieren des Modells abbrechen</translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation>Kopierfortschritt</translation>
    </message>
    <message>
        <source>Add a model file</source>
        <translation>Modelldatei hinzufügen</translation>
    </message>
    <message>
        <source>GGUF model files (*.gguf)</source>
        <translation>GGUF-Modelldateien (*.gguf)</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <source>Copy {0} into your models folder, or use it where it is?</source>
        <translation>{0} in Ihren Modellordner kopieren oder dort verwenden, wo es liegt?</translation>
    </message>
    <message>
        <source>A copy keeps working when the original is moved or its drive is unplugged. Using it in place saves disk space.</source>
        <translation>Eine Kopie funktioniert weiter, wenn das Original verschoben oder sein Laufwerk getrennt wird. Die Nutzung vor Ort spart Speicherplatz.</translation>
    </message>
    <message>
        <source>Copy into my models</source>
        <translation>In meine Modelle kopieren</translation>
    </message>
    <message>
        <source>Use where it is</source>
        <translation>Dort verwenden, wo es liegt</translation>
    </message>
    <message>
        <source>Copying {0}…</source>
        <translation>{0} wird kopiert …</translation>
    </message>
    <message>
        <source>{0} was added to your models.</source>
        <translation>{0} wurde zu Ihren Modellen hinzugefügt.</translation>
    </message>
    <message>
        <source>One model is added at a time; drop the others afterwards.</source>
        <translation>Modelle werden einzeln hinzugefügt; legen Sie die anderen danach ab.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the token in, so it was not saved.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund für das Token, daher wurde es nicht gespeichert.</translation>
    </message>
    <message>
        <source>The model library could not be started (%1). Your conversations and the model in use are not affected. Restart Tramontane; if this happens again, Help → Diagnostics has the details for your help desk.</source>
        <translation>Die Modellbibliothek konnte nicht gestartet werden (%1). Ihre Unterhaltungen und das aktuelle Modell sind nicht betroffen. Starten Sie Tramontane neu; passiert es wieder, finden Sie unter Hilfe → Diagnose die Details für Ihren IT-Support.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Hub token</source>
        <translation>Hub-Token</translation>
    </message>
    <message>
        <source>Paste your access token from the model hub:</source>
        <translation>Fügen Sie Ihr Zugriffstoken vom Modell-Hub ein:</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the token safely, so it was not saved.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, um das Token sicher aufzubewahren, daher wurde es nicht gespeichert.</translation>
    </message>
    <message>
        <source>No token saved</source>
        <translation>Kein Token gespeichert</translation>
    </message>
    <message>
        <source>Saved token, hidden</source>
        <translation>Gespeichertes Token, verborgen</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern …</translation>
    </message>
    <message>
        <source>Add a token…</source>
        <translation>Token hinzufügen …</translation>
    </message>
    <message>
        <source>Every conversation will be deleted from this computer, and its words removed from the search index. This cannot be undone.</source>
        <translation>Jede Unterhaltung wird von diesem Computer gelöscht und ihre Wörter werden aus dem Suchindex entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Not deleted: files you exported, copies of your data folder made outside Tramontane (backups of this computer, an old data folder kept after a move), your settings and your models.</source>
        <translation>Nicht gelöscht werden: Dateien, die Sie exportiert haben, Kopien Ihres Datenordners außerhalb von Tramontane (Sicherungen dieses Computers, ein alter Datenordner, der nach einem Umzug aufbewahrt wurde), Ihre Einstellungen und Ihre Modelle.</translation>
    </message>
    <message>
        <source>Delete all conversations</source>
        <translation>Alle Unterhaltungen löschen</translation>
    </message>
    <message>
        <source>Delete all app data</source>
        <translation>Alle App-Daten löschen</translation>
    </message>
    <message>
        <source>Tramontane also kept copies of your conversations from before its updates (%1 in the backups folder). They hold your conversations as they were then.</source>
        <translation>Tramontane hat außerdem Kopien Ihrer Unterhaltungen aus der Zeit vor seinen Updates aufbewahrt (%1 im Ordner backups). Sie enthalten Ihre Unterhaltungen so, wie sie damals waren.</translation>
    </message>
    <message>
        <source>Delete these copies too</source>
        <translation>Diese Kopien auch löschen</translation>
    </message>
    <message>
        <source>Your conversations (with the copies taken before updates), settings, downloaded models, logs and saved token will be deleted, and Tramontane will close. This cannot be undone.</source>
        <translation>Ihre Unterhaltungen (mit den Kopien von vor Updates), Einstellungen, heruntergeladenen Modelle, Protokolle und das gespeicherte Token werden gelöscht, und Tramontane wird beendet. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Not deleted: files you exported, models in your own folders, and copies of your data folder made outside Tramontane (backups of this computer, an old data folder kept after a move).</source>
        <translation>Nicht gelöscht werden: Dateien, die Sie exportiert haben, Modelle in Ihren eigenen Ordnern und Kopien Ihres Datenordners außerhalb von Tramontane (Sicherungen dieses Computers, ein alter Datenordner, der nach einem Umzug aufbewahrt wurde).</translation>
    </message>
    <message>
        <source>Delete everything and close</source>
        <translation>Alles löschen und beenden</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Your conversations</source>
        <translation>Ihre Unterhaltungen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Work offline only</source>
        <translation>Nur offline arbeiten</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Offline-Modus</translation>
    </message>
    <message>
        <source>When on, Tramontane never goes online: no model downloads and no hub search. Chatting never needs the network either way.</source>
        <translation>Wenn aktiviert, geht Tramontane nie online: keine Modell-Downloads und keine Hub-Suche. Zum Chatten braucht es das Netzwerk ohnehin nie.</translation>
    </message>
    <message>
        <source>Not even company servers</source>
        <translation>Auch keine Firmenserver</translation>
    </message>
    <message>
        <source>Company servers</source>
        <translation>Firmenserver</translation>
    </message>
    <message>
        <source>With offline mode on, conversations set to a company server still reach it. Tick this and nothing at all leaves this computer.</source>
        <translation>Im Offline-Modus erreichen Unterhaltungen, die auf einen Firmenserver eingestellt sind, diesen weiterhin. Kreuzen Sie dies an, damit gar nichts diesen Computer verlässt.</translation>
    </message>
    <message>
        <source>Only some models on the hub need an account. The token is kept in your system&apos;s keychain, never in a file.</source>
        <translation>Nur manche Modelle auf dem Hub brauchen ein Konto. Das Token liegt im Schlüsselbund Ihres Systems, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the hub token</source>
        <translation>Hub-Token entfernen</translation>
    </message>
    <message>
        <source>In your system&apos;s keychain.</source>
        <translation>Im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>In a key file in the data folder: this computer has no keychain, or it refused to keep the key and you chose the file.</source>
        <translation>In einer Schlüsseldatei im Datenordner: Dieser Computer hat keinen Schlüsselbund, oder dieser hat sich geweigert, den Schlüssel aufzubewahren, und Sie haben die Datei gewählt.</translation>
    </message>
    <message>
        <source>Deletes every conversation and its words in the search index. Settings and models stay.</source>
        <translation>Löscht alle Unterhaltungen und ihre Wörter im Suchindex. Einstellungen und Modelle bleiben.</translation>
    </message>
    <message>
        <source>Downloads are off because your organisation&apos;s policy file could not be fully understood: %1</source>
        <translation>Downloads sind ausgeschaltet, weil die Richtliniendatei Ihrer Organisation nicht vollständig verstanden werden konnte: %1</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Your conversations are stored encrypted; this key opens them.</source>
        <translation>Ihre Unterhaltungen werden verschlüsselt gespeichert; dieser Schlüssel öffnet sie.</translation>
    </message>
    <message>
        <source>Anyone who can read your data folder can read your conversations. Keep that folder private, or use a computer with a keychain.</source>
        <translation>Wer Ihren Datenordner lesen kann, kann auch Ihre Unterhaltungen lesen. Halten Sie diesen Ordner privat oder nutzen Sie einen Computer mit Schlüsselbund.</translation>
    </message>
    <message>
        <source>Delete all conversations…</source>
        <translation>Alle Unterhaltungen löschen …</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Delete all app data…</source>
        <translation>Alle App-Daten löschen …</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Deletes conversations, settings, downloaded models and logs, then closes Tramontane. Models in your own folders stay.</source>
        <translation>Löscht Unterhaltungen, Einstellungen, heruntergeladene Modelle und Protokolle und beendet dann Tramontane. Modelle in Ihren eigenen Ordnern bleiben.</translation>
    </message>
</context>
<context>
    <name>ProseView</name>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>keine Beschreibung</translation>
    </message>
</context>
<context>
    <name>ServerPrompts</name>
    <message>
        <source>Use the company server “%1”?</source>
        <translation>Den Firmenserver „%1“ verwenden?</translation>
    </message>
    <message>
        <source>A conversation that runs on %1 is sent to it each time you write: your message, the conversation&apos;s earlier messages and its instructions. Whoever runs the server (%2) can read them. Your other conversations, your files and your models stay on this computer.</source>
        <translation>Eine Unterhaltung, die auf %1 läuft, wird bei jeder Eingabe dorthin gesendet: Ihre Nachricht, die früheren Nachrichten der Unterhaltung und ihre Anweisungen. Wer den Server betreibt (%2), kann sie lesen. Ihre anderen Unterhaltungen, Ihre Dateien und Ihre Modelle bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>This server&apos;s address starts with http://, so the text travels unencrypted on the network.</source>
        <translation>Die Adresse dieses Servers beginnt mit http://, daher wird der Text unverschlüsselt über das Netzwerk übertragen.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Company server</source>
        <translation>Firmenserver</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Move this conversation to the company server “%1”?</source>
        <translation>Diese Unterhaltung auf den Firmenserver „%1“ verschieben?</translation>
    </message>
    <message>
        <source>Its history (%1 and its instructions) will be sent to %2 with your next message, and with every message after.</source>
        <translation>Ihr Verlauf (%1 und ihre Anweisungen) wird mit Ihrer nächsten Nachricht an %2 gesendet, und mit jeder weiteren.</translation>
    </message>
    <message>
        <source>Move and send to %1</source>
        <translation>Verschieben und an %1 senden</translation>
    </message>
    <message>
        <source>Move this conversation to this computer?</source>
        <translation>Diese Unterhaltung auf diesen Computer verschieben?</translation>
    </message>
    <message>
        <source>Its history (%1 and its instructions) will be read by the model on this computer. Nothing more is sent to %2.</source>
        <translation>Ihr Verlauf (%1 und ihre Anweisungen) wird vom Modell auf diesem Computer gelesen. An %2 wird nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>Move to this computer</source>
        <translation>Auf diesen Computer verschieben</translation>
    </message>
    <message>
        <source>Move conversation</source>
        <translation>Unterhaltung verschieben</translation>
    </message>
</context>
<context>
    <name>ServersPage</name>
    <message>
        <source>Key for the local API</source>
        <translation>Schlüssel für die lokale API</translation>
    </message>
    <message>
        <source>Programs that use the local API send this key. Copy it now: it is not shown again (you can make a new one).</source>
        <translation>Programme, die die lokale API nutzen, senden diesen Schlüssel. Kopieren Sie ihn jetzt: Er wird nicht wieder angezeigt (Sie können einen neuen erstellen).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key lasts until Tramontane closes.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, daher gilt der Schlüssel nur, bis Tramontane beendet wird.</translation>
    </message>
    <message>
        <source>set by your organisation</source>
        <translation>von Ihrer Organisation eingerichtet</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>von Ihnen hinzugefügt</translation>
    </message>
    <message>
        <source>key saved</source>
        <translation>Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>shared key</source>
        <translation>gemeinsamer Schlüssel</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <source>No company servers yet. Your IT department can set them up, or add one with “Add a server…”.</source>
        <translation>Noch keine Firmenserver. Ihre IT-Abteilung kann sie einrichten, oder fügen Sie mit „Server hinzufügen …“ einen hinzu.</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Zugangsschlüssel</translation>
    </message>
    <message>
        <source>The access key for %1 (empty removes it):</source>
        <translation>Der Zugangsschlüssel für %1 (leer entfernt ihn):</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Company servers</source>
        <translation>Firmenserver</translation>
    </message>
    <message>
        <source>A conversation set to a company server is sent to it each time you write; everything else stays on this computer. Keys are kept in your system&apos;s keychain.</source>
        <translation>Eine Unterhaltung, die auf einen Firmenserver eingestellt ist, wird bei jeder Eingabe dorthin gesendet; alles andere bleibt auf diesem Computer. Schlüssel werden im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Server hinzufügen …</translation>
    </message>
    <message>
        <source>Access key…</source>
        <translation>Zugangsschlüssel …</translation>
    </message>
    <message>
        <source>List models again</source>
        <translation>Modelle erneut abrufen</translation>
    </message>
    <message>
        <source>Local API for other programs</source>
        <translation>Lokale API für andere Programme</translation>
    </message>
    <message>
        <source>Let other programs use the model on this computer</source>
        <translation>Anderen Programmen erlauben, das Modell auf diesem Computer zu nutzen</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>Lokale API</translation>
    </message>
    <message>
        <source>An OpenAI-compatible API, so other programs use the local model instead of a cloud service. They need its key. Their requests are not kept as conversations.</source>
        <translation>Eine OpenAI-kompatible API, damit andere Programme das lokale Modell statt eines Cloud-Dienstes nutzen. Sie brauchen dafür den Schlüssel. Ihre Anfragen werden nicht als Unterhaltungen gespeichert.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Programs connect to this port.</source>
        <translation>Programme verbinden sich mit diesem Port.</translation>
    </message>
    <message>
        <source>Accept connections from other computers</source>
        <translation>Verbindungen von anderen Computern annehmen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Off: only programs on this computer can connect. On: anyone on your network who has the key.</source>
        <translation>Aus: Nur Programme auf diesem Computer können sich verbinden. An: jeder in Ihrem Netzwerk, der den Schlüssel hat.</translation>
    </message>
    <message>
        <source>New key…</source>
        <translation>Neuer Schlüssel …</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Where programs send their requests. They need the key, which is shown once when it is made.</source>
        <translation>Wohin Programme ihre Anfragen senden. Sie brauchen den Schlüssel, der einmal angezeigt wird, wenn er erstellt wird.</translation>
    </message>
    <message>
        <source>Your organisation does not allow adding servers.</source>
        <translation>Ihre Organisation erlaubt nicht, Server hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>ServersUI</name>
    <message>
        <source>The local API could not start on port %1 (%2). Choose another port.</source>
        <translation>Die lokale API konnte auf Port %1 nicht starten (%2). Wählen Sie einen anderen Port.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Set by your organisation&apos;s IT policy.</source>
        <translation>Durch die IT-Richtlinie Ihrer Organisation festgelegt.</translation>
    </message>
</context>
<context>
    <name>SettingsCoordinator</name>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>A reply is being written. Stop it or let it finish, then delete the conversations.</source>
        <translation>Gerade wird eine Antwort geschrieben. Halten Sie sie an oder warten Sie, bis sie fertig ist, und löschen Sie dann die Unterhaltungen.</translation>
    </message>
    <message>
        <source>These copies could not be deleted; delete them yourself:</source>
        <translation>Diese Kopien konnten nicht gelöscht werden; löschen Sie sie selbst:</translation>
    </message>
    <message>
        <source>A reply is being written. Let it finish, then move the data folder.</source>
        <translation>Gerade wird eine Antwort geschrieben. Warten Sie, bis sie fertig ist, und verschieben Sie dann den Datenordner.</translation>
    </message>
    <message>
        <source>Copying your data to the new folder… Tramontane restarts when it is done.</source>
        <translation>Ihre Daten werden in den neuen Ordner kopiert … Tramontane startet neu, wenn das erledigt ist.</translation>
    </message>
    <message>
        <source>Your data was copied to %1 and checked. Tramontane restarts now to use it. The old folder, %2, was kept: delete it yourself once you are sure all is well.</source>
        <translation>Ihre Daten wurden nach %1 kopiert und geprüft. Tramontane startet jetzt neu, um sie zu verwenden. Der alte Ordner, %2, wurde aufbewahrt: Löschen Sie ihn selbst, sobald Sie sicher sind, dass alles in Ordnung ist.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Move the data folder</source>
        <translation>Datenordner verschieben</translation>
    </message>
</context>
<context>
    <name>SettingsPane</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>Neue Zeile in der Nachricht</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Antwort anhalten</translation>
    </message>
    <message>
        <source>Write another reply to the last question</source>
        <translation>Eine andere Antwort auf die letzte Frage schreiben</translation>
    </message>
    <message>
        <source>Copy the last reply</source>
        <translation>Letzte Antwort kopieren</translation>
    </message>
    <message>
        <source>Rename the selected conversation</source>
        <translation>Ausgewählte Unterhaltung umbenennen</translation>
    </message>
    <message>
        <source>Delete the selected conversation (with undo)</source>
        <translation>Ausgewählte Unterhaltung löschen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Go to the conversation</source>
        <translation>Zur Unterhaltung wechseln</translation>
    </message>
    <message>
        <source>Go to the models</source>
        <translation>Zu den Modellen wechseln</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Show these keyboard shortcuts</source>
        <translation>Diese Tastenkürzel anzeigen</translation>
    </message>
    <message>
        <source>Move to the next control</source>
        <translation>Zum nächsten Bedienelement wechseln</translation>
    </message>
    <message>
        <source>Quit Tramontane</source>
        <translation>Tramontane beenden</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Everything in Tramontane can be done from the keyboard.</source>
        <translation>In Tramontane lässt sich alles mit der Tastatur erledigen.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>The document the reply used</source>
        <translation>Das Dokument, das die Antwort verwendet hat</translation>
    </message>
    <message>
        <source>The passage the reply used</source>
        <translation>Der Abschnitt, den die Antwort genutzt hat</translation>
    </message>
    <message>
        <source>The model read the whole document; only its beginning is kept here.</source>
        <translation>Das Modell hat das ganze Dokument gelesen; hier ist nur sein Anfang aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>%1 (whole document)</source>
        <translation>%1 (ganzes Dokument)</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>SourcesRow</name>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Show the passage</source>
        <translation>Abschnitt anzeigen</translation>
    </message>
    <message>
        <source>Show the document</source>
        <translation>Dokument anzeigen</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Move the data folder to…</source>
        <translation>Datenordner verschieben nach …</translation>
    </message>
    <message>
        <source>Add a models folder</source>
        <translation>Modellordner hinzufügen</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Your own models folders</source>
        <translation>Ihre eigenen Modellordner</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Your encrypted conversations and downloaded models. Moving copies everything, checks the copy, then switches; the old folder is kept.</source>
        <translation>Ihre verschlüsselten Unterhaltungen und heruntergeladenen Modelle. Beim Verschieben wird alles kopiert, die Kopie geprüft und dann umgestellt; der alte Ordner bleibt erhalten.</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Verschieben …</translation>
    </message>
    <message>
        <source>Move the data folder</source>
        <translation>Datenordner verschieben</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Models you downloaded or added.</source>
        <translation>Modelle, die Sie heruntergeladen oder hinzugefügt haben.</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>The starter model that comes with Tramontane.</source>
        <translation>Das Startmodell, das mit Tramontane geliefert wird.</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Ordner hinzufügen …</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Tramontane also lists the models in these folders, for example a shared folder at work.</source>
        <translation>Tramontane listet auch die Modelle in diesen Ordnern auf, zum Beispiel in einem freigegebenen Ordner bei der Arbeit.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Stop listing %1</source>
        <translation>%1 nicht mehr auflisten</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Access token needed</source>
        <translation>Zugriffstoken erforderlich</translation>
    </message>
    <message>
        <source>{0} is gated: its makers ask you to accept their terms first.

1. Sign in at huggingface.co, open https://huggingface.co/{0} and accept the terms.
2. Create a read token at https://huggingface.co/settings/tokens.
3. Paste it here. Tramontane keeps it in this computer&apos;s keychain and sends it only to the hub.</source>
        <translation>{0} ist zugangsbeschränkt: Die Hersteller bitten Sie, zuerst ihre Bedingungen zu akzeptieren.

1. Melden Sie sich auf huggingface.co an, öffnen Sie https://huggingface.co/{0} und akzeptieren Sie die Bedingungen.
2. Erstellen Sie unter https://huggingface.co/settings/tokens ein Lese-Token.
3. Fügen Sie es hier ein. Tramontane bewahrt es im Schlüsselbund dieses Computers auf und sendet es nur an den Hub.</translation>
    </message>
    <message>
        <source>hf_…</source>
        <translation>hf_…</translation>
    </message>
    <message>
        <source>Hub access token</source>
        <translation>Zugriffstoken für den Hub</translation>
    </message>
    <message>
        <source>Save and retry</source>
        <translation>Speichern und erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Tramontane export, can be imported again (*.json)</source>
        <translation>Tramontane-Export, wieder importierbar (*.json)</translation>
    </message>
    <message>
        <source>Export conversations</source>
        <translation>Unterhaltungen exportieren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Unterhaltungen importieren</translation>
    </message>
    <message>
        <source>Conversation exports (*.json);;All files (*)</source>
        <translation>Exporte von Unterhaltungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) imported.</source>
        <translation>
            <numerusform>%n Unterhaltung importiert.</numerusform>
            <numerusform>%n Unterhaltungen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Write a polite email asking to move a meeting to Thursday.</source>
        <translation>Schreib eine höfliche E-Mail mit der Bitte, ein Treffen auf Donnerstag zu verschieben.</translation>
    </message>
    <message>
        <source>Explain what a balance sheet is in three sentences.</source>
        <translation>Erkläre in drei Sätzen, was eine Bilanz ist.</translation>
    </message>
    <message>
        <source>Give me five ideas for a team lunch.</source>
        <translation>Gib mir fünf Ideen für ein Team-Mittagessen.</translation>
    </message>
    <message>
        <source>Summarise the main causes of the French Revolution.</source>
        <translation>Fasse die wichtigsten Ursachen der Französischen Revolution zusammen.</translation>
    </message>
    <message>
        <source>Private AI chat, on this computer</source>
        <translation>Privater KI-Chat, auf diesem Computer</translation>
    </message>
    <message>
        <source>The model runs here: nothing you type leaves this computer, and no account is needed.
Your conversations are saved encrypted. Ask anything, or start with an example.</source>
        <translation>Das Modell läuft hier: Nichts, was Sie eingeben, verlässt diesen Computer, und Sie brauchen kein Konto.
Ihre Unterhaltungen werden verschlüsselt gespeichert. Fragen Sie, was Sie möchten, oder beginnen Sie mit einem Beispiel.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>Sends this question</source>
        <translation>Sendet diese Frage</translation>
    </message>
</context>
<context>
    <name>WhereLabel</name>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Company server: %1</source>
        <translation>Firmenserver: %1</translation>
    </message>
    <message>
        <source>Where this conversation runs: %1</source>
        <translation>Wo diese Unterhaltung läuft: %1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>unknown size</source>
        <translation>unbekannte Größe</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>{number} billion</source>
        <translation>
            <numerusform>{number} Milliarde</numerusform>
            <numerusform>{number} Milliarden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number} million</source>
        <translation>
            <numerusform>{number} Million</numerusform>
            <numerusform>{number} Millionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tokens at once</source>
        <translation>
            <numerusform>%Ln Token auf einmal</numerusform>
            <numerusform>%Ln Token auf einmal</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {meaning}</source>
        <translation>{name}: {meaning}</translation>
    </message>
    <message>
        <source>{verdict}: {reason}</source>
        <translation>{verdict}: {reason}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute übrig</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min left</source>
        <translation>noch etwa {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>full precision: largest and slowest, no quality lost</source>
        <translation>volle Genauigkeit: am größten und langsamsten, kein Qualitätsverlust</translation>
    </message>
    <message>
        <source>nearly full quality, about twice the default size</source>
        <translation>nahezu volle Qualität, etwa doppelt so groß wie üblich</translation>
    </message>
    <message>
        <source>very high quality, larger than the default</source>
        <translation>sehr hohe Qualität, größer als üblich</translation>
    </message>
    <message>
        <source>high quality, slightly larger than the default</source>
        <translation>hohe Qualität, etwas größer als üblich</translation>
    </message>
    <message>
        <source>the usual choice: good quality at a moderate size</source>
        <translation>die übliche Wahl: gute Qualität bei mäßiger Größe</translation>
    </message>
    <message>
        <source>smaller, slightly lower quality</source>
        <translation>kleiner, etwas geringere Qualität</translation>
    </message>
    <message>
        <source>small, noticeably lower quality</source>
        <translation>klein, merklich geringere Qualität</translation>
    </message>
    <message>
        <source>smallest, much lower quality; only when nothing else fits</source>
        <translation>am kleinsten, deutlich geringere Qualität; nur wenn sonst nichts passt</translation>
    </message>
    <message>
        <source>compact 4-bit format the model was trained for</source>
        <translation>kompaktes 4-Bit-Format, für das das Modell trainiert wurde</translation>
    </message>
    <message>
        <source>compression level not recognised</source>
        <translation>Komprimierungsstufe nicht erkannt</translation>
    </message>
    <message>
        <source>Apache 2.0: may be used freely, also at work and for business</source>
        <translation>Apache 2.0: frei nutzbar, auch bei der Arbeit und geschäftlich</translation>
    </message>
    <message>
        <source>MIT: may be used freely, also at work and for business</source>
        <translation>MIT: frei nutzbar, auch bei der Arbeit und geschäftlich</translation>
    </message>
    <message>
        <source>Llama Community Licence: may be used at work and for business (unless your company has over 700 million monthly users); follow Meta&apos;s acceptable use policy</source>
        <translation>Llama-Community-Lizenz: bei der Arbeit und geschäftlich nutzbar (außer Ihr Unternehmen hat über 700 Millionen Nutzer im Monat); beachten Sie Metas Richtlinie zur zulässigen Nutzung</translation>
    </message>
    <message>
        <source>Llama 3 Community Licence: may be used at work and for business (unless your company has over 700 million monthly users); follow Meta&apos;s acceptable use policy</source>
        <translation>Llama-3-Community-Lizenz: bei der Arbeit und geschäftlich nutzbar (außer Ihr Unternehmen hat über 700 Millionen Nutzer im Monat); beachten Sie Metas Richtlinie zur zulässigen Nutzung</translation>
    </message>
    <message>
        <source>Llama 3.1 Community Licence: may be used at work and for business (unless your company has over 700 million monthly users); follow Meta&apos;s acceptable use policy</source>
        <translation>Llama-3.1-Community-Lizenz: bei der Arbeit und geschäftlich nutzbar (außer Ihr Unternehmen hat über 700 Millionen Nutzer im Monat); beachten Sie Metas Richtlinie zur zulässigen Nutzung</translation>
    </message>
    <message>
        <source>Llama 3.2 Community Licence: may be used at work and for business (unless your company has over 700 million monthly users); follow Meta&apos;s acceptable use policy</source>
        <translation>Llama-3.2-Community-Lizenz: bei der Arbeit und geschäftlich nutzbar (außer Ihr Unternehmen hat über 700 Millionen Nutzer im Monat); beachten Sie Metas Richtlinie zur zulässigen Nutzung</translation>
    </message>
    <message>
        <source>Gemma Terms of Use: may be used at work and for business, within Google&apos;s prohibited use policy</source>
        <translation>Gemma-Nutzungsbedingungen: bei der Arbeit und geschäftlich nutzbar, im Rahmen der Google-Richtlinie zu verbotenen Nutzungen</translation>
    </message>
    <message>
        <source>Mistral Research Licence: for research and personal testing only; use at work or for business needs a separate licence from Mistral AI</source>
        <translation>Mistral-Forschungslizenz: nur für Forschung und persönliche Tests; für die Nutzung bei der Arbeit oder geschäftlich ist eine eigene Lizenz von Mistral AI nötig</translation>
    </message>
    <message>
        <source>Qwen Research Licence: for non-commercial research only</source>
        <translation>Qwen-Forschungslizenz: nur für nichtkommerzielle Forschung</translation>
    </message>
    <message>
        <source>Qwen Licence: may be used at work and for business (unless your product has over 100 million monthly users)</source>
        <translation>Qwen-Lizenz: bei der Arbeit und geschäftlich nutzbar (außer Ihr Produkt hat über 100 Millionen Nutzer im Monat)</translation>
    </message>
    <message>
        <source>Creative Commons BY 4.0: may be used freely, also for business, with credit to the makers</source>
        <translation>Creative Commons BY 4.0: frei nutzbar, auch geschäftlich, mit Nennung der Urheber</translation>
    </message>
    <message>
        <source>Creative Commons BY-NC 4.0: not for business use</source>
        <translation>Creative Commons BY-NC 4.0: nicht für geschäftliche Nutzung</translation>
    </message>
    <message>
        <source>Creative Commons BY-NC-SA 4.0: not for business use</source>
        <translation>Creative Commons BY-NC-SA 4.0: nicht für geschäftliche Nutzung</translation>
    </message>
    <message>
        <source>OpenRAIL: may be used, also for business, but not for the harmful uses it lists</source>
        <translation>OpenRAIL: nutzbar, auch geschäftlich, aber nicht für die schädlichen Zwecke, die sie aufzählt</translation>
    </message>
    <message>
        <source>Licence not stated: check the model&apos;s page before using it at work</source>
        <translation>Lizenz nicht angegeben: Prüfen Sie die Seite des Modells, bevor Sie es bei der Arbeit nutzen</translation>
    </message>
    <message>
        <source>{licence}: check the licence before using it at work</source>
        <translation>{licence}: Prüfen Sie die Lizenz, bevor Sie es bei der Arbeit nutzen</translation>
    </message>
    <message>
        <source>writes less than a word a second</source>
        <translation>schreibt weniger als ein Wort pro Sekunde</translation>
    </message>
    <message>
        <source>writes about one word a second</source>
        <translation>schreibt etwa ein Wort pro Sekunde</translation>
    </message>
    <message>
        <source>writes about {words} words a second</source>
        <translation>schreibt etwa {words} Wörter pro Sekunde</translation>
    </message>
    <message>
        <source>writes faster than anyone reads, about {words} words a second</source>
        <translation>schreibt schneller, als man liest, etwa {words} Wörter pro Sekunde</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Passt</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Knapp</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free</source>
        <translation>braucht etwa {needed}, {free} frei</translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free; other programs may slow down</source>
        <translation>braucht etwa {needed}, {free} frei; andere Programme werden vielleicht langsamer</translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free on the graphics card</source>
        <translation>braucht etwa {needed}, {free} frei auf der Grafikkarte</translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free on the graphics card; other programs may slow down</source>
        <translation>braucht etwa {needed}, {free} frei auf der Grafikkarte; andere Programme werden vielleicht langsamer</translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free in memory and on the graphics card</source>
        <translation>braucht etwa {needed}, {free} frei im Arbeitsspeicher und auf der Grafikkarte</translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free in memory and on the graphics card; other programs may slow down</source>
        <translation>braucht etwa {needed}, {free} frei im Arbeitsspeicher und auf der Grafikkarte; andere Programme werden vielleicht langsamer</translation>
    </message>
    <message>
        <source>{total} memory ({free} free)</source>
        <translation>{total} Arbeitsspeicher ({free} frei)</translation>
    </message>
    <message>
        <source>{total} memory ({free} free); {gpu} with {gpu_free} free</source>
        <translation>{total} Arbeitsspeicher ({free} frei); {gpu} mit {gpu_free} frei</translation>
    </message>
</context>
<context>
    <name>_Chip</name>
    <message>
        <source>could not be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>%1 (being read…)</source>
        <translation>%1 (wird gelesen …)</translation>
    </message>
    <message>
        <source>Remove this document from the conversation</source>
        <translation>Dieses Dokument aus der Unterhaltung entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from this conversation</source>
        <translation>%1 aus dieser Unterhaltung entfernen</translation>
    </message>
</context>
<context>
    <name>_CodeBlock</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Copy this code</source>
        <translation>Diesen Code kopieren</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
</TS>
