<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>App</name>
        <message>
            <source>Your settings could not be read, so the defaults are used. The old file was kept beside the new one as settings.json.bad.</source>
            <translation>Ihre Einstellungen konnten nicht gelesen werden, daher gelten die Standardwerte. Die alte Datei wurde daneben als settings.json.bad aufbewahrt.</translation>
        </message>
        <message>
            <source>Your organisation's policy file could not be fully read; Settings → Diagnostics says what was wrong.</source>
            <translation>Die Richtliniendatei Ihrer Organisation konnte nicht vollständig gelesen werden; unter Einstellungen → Diagnose steht, was falsch war.</translation>
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
            <source>{verdict}: {reason}</source>
            <translation>{verdict}: {reason}</translation>
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
            <source>The model could not be loaded. %1</source>
            <translation>Das Modell konnte nicht geladen werden. %1</translation>
        </message>
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
        <message>
            <source>The model stopped unexpectedly and is being restarted. Your conversation is safe; send your message again.</source>
            <translation>Das Modell wurde unerwartet beendet und startet neu. Ihre Unterhaltung ist sicher; senden Sie Ihre Nachricht noch einmal.</translation>
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
            <source>System prompt…</source>
            <translation>Systemanweisung …</translation>
        </message>
        <message>
            <source>Edit this conversation's system prompt</source>
            <translation>Systemanweisung dieser Unterhaltung bearbeiten</translation>
        </message>
        <message>
            <source>Reply copied</source>
            <translation>Antwort kopiert</translation>
        </message>
        <message>
            <source>%1 of %2 tokens used</source>
            <translation>%1 von %2 Token belegt</translation>
        </message>
        <message>
            <source>System prompt</source>
            <translation>Systemanweisung</translation>
        </message>
        <message>
            <source>Instructions the model follows in this conversation:</source>
            <translation>Anweisungen, denen das Modell in dieser Unterhaltung folgt:</translation>
        </message>
        <message>
            <source>Send a first message, then set the system prompt.</source>
            <translation>Senden Sie zuerst eine Nachricht und legen Sie dann die Systemanweisung fest.</translation>
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
            <source>Checking the file ({0:.0%})…</source>
            <translation>Datei wird geprüft ({0:.0%}) …</translation>
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
            <source>The language of Tramontane's menus and messages. Models answer in the language you write to them.</source>
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
            <source>Light or dark colours. “Follow the system” changes along with your computer's setting.</source>
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
            <source>%1 GB free of %2 GB</source>
            <translation>%1 GB von %2 GB frei</translation>
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
        <message>
            <source>{0} repositories with GGUF models, most downloaded first.</source>
            <translation>{0} Repositorys mit GGUF-Modellen, die meistgeladenen zuerst.</translation>
        </message>
        <message>
            <source>Nothing found; try fewer or other words.</source>
            <translation>Nichts gefunden; versuchen Sie weniger oder andere Wörter.</translation>
        </message>
        <message>
            <source>{0} downloads last month</source>
            <translation>{0} Downloads im letzten Monat</translation>
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
            <source>Gated: its makers ask you to accept their terms on the hub's website; Tramontane will then ask for your access token.</source>
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
            <source>Show the selected model's file in its folder</source>
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
            <source>{verdict}: {reason}</source>
            <translation>{verdict}: {reason}</translation>
        </message>
        <message>
            <source> in {0} files</source>
            <translation> in {0} Dateien</translation>
        </message>
        <message>
            <source>{0} tokens at once</source>
            <translation>{0} Token auf einmal</translation>
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
            <source>Open link</source>
            <translation>Link öffnen</translation>
        </message>
        <message>
            <source>Open this link in your browser?</source>
            <translation>Diesen Link im Browser öffnen?</translation>
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
            <source>Delete all conversations</source>
            <translation>Alle Unterhaltungen löschen</translation>
        </message>
        <message>
            <source>Every conversation will be deleted from this computer. This cannot be undone.</source>
            <translation>Alle Unterhaltungen werden von diesem Computer gelöscht. Das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>Delete all app data</source>
            <translation>Alle App-Daten löschen</translation>
        </message>
        <message>
            <source>Your conversations, settings, downloaded models, logs and saved token will be deleted, and Tramontane will close. This cannot be undone.</source>
            <translation>Ihre Unterhaltungen, Einstellungen, heruntergeladenen Modelle, Protokolle und das gespeicherte Token werden gelöscht, und Tramontane wird beendet. Das lässt sich nicht rückgängig machen.</translation>
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
            <source>Only some models on the hub need an account. The token is kept in your system's keychain, never in a file.</source>
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
            <source>In your system's keychain.</source>
            <translation>Im Schlüsselbund Ihres Systems.</translation>
        </message>
        <message>
            <source>In a key file in the data folder, because this computer has no keychain.</source>
            <translation>In einer Schlüsseldatei im Datenordner, weil dieser Computer keinen Schlüsselbund hat.</translation>
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
            <source>Deletes every conversation. Settings and models stay.</source>
            <translation>Löscht alle Unterhaltungen. Einstellungen und Modelle bleiben.</translation>
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
        <name>Settings</name>
        <message>
            <source>Set by your organisation's IT policy.</source>
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
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <source>A reply is being written. Stop it or let it finish, then delete the conversations.</source>
            <translation>Gerade wird eine Antwort geschrieben. Halten Sie sie an oder warten Sie, bis sie fertig ist, und löschen Sie dann die Unterhaltungen.</translation>
        </message>
        <message>
            <source>A reply is being written. Let it finish, then move the data folder.</source>
            <translation>Gerade wird eine Antwort geschrieben. Warten Sie, bis sie fertig ist, und verschieben Sie dann den Datenordner.</translation>
        </message>
        <message>
            <source>Copying your data to the new folder…</source>
            <translation>Ihre Daten werden in den neuen Ordner kopiert …</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Move the data folder</source>
            <translation>Datenordner verschieben</translation>
        </message>
        <message>
            <source>Your data was copied to %1 and checked. Tramontane uses it from its next start. The old folder, %2, was kept: delete it yourself once you are sure all is well.</source>
            <translation>Ihre Daten wurden nach %1 kopiert und geprüft. Tramontane verwendet sie ab dem nächsten Start. Der alte Ordner, %2, wurde behalten: Löschen Sie ihn selbst, sobald Sie sicher sind, dass alles stimmt.</translation>
        </message>
        <message>
            <source>That is already the data folder.</source>
            <translation>Das ist bereits der Datenordner.</translation>
        </message>
        <message>
            <source>The new folder cannot be inside the current one, nor the other way round.</source>
            <translation>Der neue Ordner darf nicht im aktuellen liegen und umgekehrt.</translation>
        </message>
        <message>
            <source>That folder already holds files. Choose an empty folder.</source>
            <translation>Dieser Ordner enthält bereits Dateien. Wählen Sie einen leeren Ordner.</translation>
        </message>
        <message>
            <source>There is not enough free space there.</source>
            <translation>Dort ist nicht genug freier Speicherplatz.</translation>
        </message>
        <message>
            <source>The copy did not match the original.</source>
            <translation>Die Kopie stimmte nicht mit dem Original überein.</translation>
        </message>
        <message>
            <source>The move was cancelled.</source>
            <translation>Das Verschieben wurde abgebrochen.</translation>
        </message>
        <message>
            <source>The copy failed (%1).</source>
            <translation>Das Kopieren ist fehlgeschlagen (%1).</translation>
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
3. Paste it here. Tramontane keeps it in this computer's keychain and sends it only to the hub.</source>
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
    <context>
        <name>_ProseView</name>
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
            <translation>ohne Beschreibung</translation>
        </message>
    </context>
</TS>