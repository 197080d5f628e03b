<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddServerDialog</name>
    <message>
        <source>Add a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the server lists its models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Your settings could not be read, so the defaults are used. The old file was kept beside the new one as settings.json.bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy file could not be fully understood, so downloads are off: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistantEditor</name>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: You answer questions about our HR policy, briefly and in French.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-line description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents it answers from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapter (LoRA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapter strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents for this assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of documents for this assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF adapters (*.gguf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistantsDialog</name>
    <message>
        <source>Assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provided by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the assistant “%1”? Conversations with it are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistants (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import assistant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more document(s)</source>
        <translation>
            <numerusform>and %n more document</numerusform>
            <numerusform>and %n more documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1: %2 of %3 passages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogCard</name>
    <message>
        <source>Recommended for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{maker} · {params} parameters · {size} download · {quant}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; slow without a large graphics card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads are turned off: Tramontane is set to work offline only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>This computer: {0}. Models that fit come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads are turned off because Tramontane is set to work offline only (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs on the processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs on %1 (%2 of %3 layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatExtras</name>
    <message>
        <source>Assistants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an assistant for a new chat, or manage assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant of this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents: %1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the context taken by attached documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Conversation title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model for this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each conversation remembers the model it uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of what the model can read at once this conversation uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this conversation&apos;s instructions and reply settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tokens used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Tramontane  (Enter to send, Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a question. Enter sends it, Shift+Enter adds a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach documents (or drop them here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.pdf *.docx *.html *.htm *.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More: import and export conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import and export conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds conversations by their title and their text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens, F2 renames, Delete deletes with undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <source>Conversation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: You are a careful assistant for a law firm. Answer in French, briefly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App setting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App setting (%1 tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum reply length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model follows these instructions in every reply of this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Tramontane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring… (a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading: %1 tokens per second. Writing: %2 tokens per second. First words after %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is loaded, so there is nothing to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer and Tramontane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, system, memory, devices, model and folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the report, in English, to paste into a message to your help desk. It holds no conversation text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the logs folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures how fast the current model reads a question and writes a reply on this computer. A reply you ask for meanwhile waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed test result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} the download of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the downloads before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the hub about the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file ({0}%)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded and checked; it is in your models list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the partial file was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadsView</name>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The assistant file “{name}” could not be read ({reason}); it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant file “{name}” is not usable ({what}); it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant file “{name}” is too large to be an assistant; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is provided by your organisation and cannot be changed; duplicate it to make your own version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” comes with Tramontane and cannot be changed; duplicate it to make your own version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation does not allow changing assistants on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant “{name}” could not be saved ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model could not be loaded. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model stopped unexpectedly and is being restarted. Your conversation is safe; send your message again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation used the model “{name}”, which is no longer on this computer. Its replies now come from the model in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation runs on a company server that is not available here ({name}). Nothing is sent anywhere else: choose a model in the list to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation runs on {name}, not on the model in use, so nothing was sent. Choose a model in the list to go on; moving the conversation asks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation is longer than the model can read at once; the oldest {count} messages were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size}, more than an export of conversations can be ({limit}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text file, so it is no export of conversations. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}). Your conversations are unchanged; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is already the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new folder cannot be inside the current one, nor the other way round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} already holds files; choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space at {anchor} for {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of {name} differs from the original; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy failed ({reason}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is in the way and was not made by Tramontane; move it away or choose another folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a kind of file Tramontane can read. It reads text, Markdown, PDF, Word (.docx), HTML, CSV and Excel (.xlsx) files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is too large to read ({size}); the limit is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has more than {pages} pages, more than Tramontane reads of one document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be found; it may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” changed or disappeared while it was being read; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is damaged and could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” unpacks to far more than its size ({size}), as a booby-trapped file would; it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is protected with a password. Save a copy without the password and attach that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” holds no text that can be read, only images (a scanned document?). Run text recognition (OCR) on it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “{name}” holds more than {count} files; only the first {count} are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adapter “{name}” could not be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a LoRA adapter (a GGUF file made by llama.cpp&apos;s convert_lora_to_gguf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adapter “{name}” was made for another kind of model ({adapter_arch}); the model in use is {model_arch}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adapter “{name}” was made for another model of the same kind: its layers do not fit this model ({tensor}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model would not take the adapter “{name}”; the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation does not allow adding servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{address}” is not a server address. It starts with https:// (or http://), for example https://llm.example.org/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are already {count} servers; remove one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server was set up by your organisation and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the key safely, so it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of servers could not be saved ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a GGUF model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model file is incomplete (it ends early); download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model file is damaged ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file {name} could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path {name} is a folder, not a model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tramontane is not allowed to read the model file {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file {name} could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model file is empty; download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is a web page, not a model file; the download went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model file is in the big-endian format, which Tramontane cannot use; download the ordinary (little-endian) version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model file uses GGUF version {version}, which Tramontane cannot read (it reads versions 2 and 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model file uses a tensor format (number {number}) that this version of Tramontane does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model is split into {count} files but its name does not say which part it is, so its other parts cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part {number} of {count} of this model is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {server} could not be reached ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {server} could not be reached: nothing answers at its address. It may be stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {server} could not be reached: the name {host} is not known on this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {server} did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company servers are turned off in Settings → Privacy, so nothing was sent to {server}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {server} refused the access key, or needs one. Check the key in Settings → Servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {server} no longer offers the model “{model}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model of the server {server} is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company server this conversation used ({server}) is no longer set up in Tramontane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to {server}: choose one of its models in the list first, and agree to send your conversation there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no OpenAI-compatible API at {address} (the server {server} answered “not found”). Check the address; it usually ends in /v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {server} has too many requests just now. Try again in {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {server} has too many requests just now. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation is too long for the model on {server}. Start a new conversation, or send a shorter message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {server} failed (error {status}): {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {server} did not accept the request (error {status}): {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server {server} broke off during the reply. The text so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {server} answered with something that is not an OpenAI-compatible reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {server} has expired or is not valid yet. Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{server} presents a self-signed certificate, which this computer does not trust. Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {server} comes from an authority this computer does not trust. Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {server} is made out for another name than {host}. Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {server} has been revoked. Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {server} is not trusted ({detail}). Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure connection to {server} could be made ({detail}). Check whether its address starts with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model crashed the runtime while loading ({detail}). The file may be damaged or not supported by this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model stopped unexpectedly ({detail}). Load it again to go on; your conversation is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine failed unexpectedly: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backend runs models of the kind {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model cannot count tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model&apos;s kind ({architecture}) is not supported by this version of Tramontane. An update may support it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model could not be loaded. It may be damaged, made for a newer version of Tramontane, or need more memory than is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model ran out of memory for this conversation. Start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model ran out of memory while the conversation grew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s memory could not be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model could not read this conversation (llama.cpp error {code}). Try a shorter conversation or a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model stopped with an internal error while writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is too long for the model: it needs {needed} tokens and the model can read {limit}. Shorten it or raise the context length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model&apos;s chat template failed on this conversation: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model for searching documents could not be loaded; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory for the model that searches documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model that searches documents could not read a passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model cannot make embeddings for searching documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graphics driver failed while loading this model; it runs on the processor instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graphics card did not have enough memory for this model; it runs on the processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graphics card did not have enough memory for this model; part of it runs on the processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used ({why}), so a plain template is used instead; its replies may be less good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tramontane is set to work offline only; downloads are turned off in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tramontane is working offline, so the hub was not contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{repo} is gated: its makers ask you to accept their terms on the hub&apos;s website, then to give Tramontane an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model is gated: its makers ask you to accept their terms on the hub&apos;s website, then to give Tramontane an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{repo} was not found, or it is private and needs an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model was not found, or it is private and needs an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{repo} was not found on the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model was not found on the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not found on the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of {repo} is no longer on the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of the model is no longer on the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is no longer on the hub (it may have been renamed or removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused access to {repo}; an access token with read permission is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused access; an access token with read permission is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub is receiving too many requests; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub is having trouble (error {status}); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub answered with error {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model hub did not answer in time; check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model hub could not be reached; check the internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the hub broke off; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s answer lacked the details needed to check the file; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub could not be used ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file on the hub is not the one Tramontane&apos;s catalog describes (its checksum differs), so {title} was not downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub does not publish a checksum for this file, so Tramontane cannot check it and did not download it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free disk space: {title} needs {needed} more and the disk has {free} free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file for {title} did not match its published checksum, so it was deleted. Try again; if it happens again, the file on the hub may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file is not a usable model ({reason}); it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model with these file names is already in your models folder; the download is kept until that one is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. The part downloaded so far is kept: free some space, then press Resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download ended early; the part downloaded so far is kept. Press Resume to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download could not be saved ({reason}); the part downloaded so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} The part downloaded so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the hub broke off. The part downloaded so far is kept: press Resume to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub offered a file without a usable name, so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub offered a file with an unsafe name ({name}), so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is not a GGUF model file, so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a valid model repository name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download names no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model catalog has a damaged entry ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model catalog&apos;s checksum for {name} is not a SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model catalog&apos;s size for {name} is not a number of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model catalog could not be found; reinstalling Tramontane restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model catalog is damaged; reinstalling Tramontane restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model catalog is from another version of Tramontane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model catalog lists a model twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free disk space to copy this model: it needs {needed} and the disk has {free} free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model with these file names is already in your models folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk became full while copying the model; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model could not be copied ({reason}); nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is in a folder Tramontane does not manage, so it was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be deleted ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds {folder} is full, so the last change could not be saved. Free some space and try again; everything saved before is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tramontane cannot write to the folder {folder}. Check that it is not read-only and that your account may change it, or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tramontane is already open with the same conversations ({folder}). Switch to that window, or close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversations database is busy in another program. Close other copies of Tramontane and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversations file {path} is damaged and cannot be read. Restore it from a backup in the backups folder next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversations could not be read or saved ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Tramontane conversations file, so it was left untouched. Move it away to start with an empty history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversations in {path} cannot be unlocked: the key in the system keychain does not match. If the data folder came from another computer, its key did not come with it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversations in {path} cannot be unlocked: the key in the key file next to it does not match. If the data folder came from another computer, its key did not come with it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversations in {path} were saved by a newer version of Tramontane. Install that version again to open them; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for your conversations in the system keychain is damaged, so they cannot be opened. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for your conversations in {path} is damaged, so they cannot be opened. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for the conversations in {folder} is missing from the system keychain and from the data folder, so they cannot be opened. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or refused to keep the key that protects your conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for your conversations could not be read from the system keychain. Unlock the keychain (or log in to the desktop session) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That conversation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message to answer no longer exists in this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That message no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reply is finished; no more text can be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reply is already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversations are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Tramontane export (JSON), so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export comes from a newer version of Tramontane; update the app to import it. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a ChatGPT export: choose conversations.json from the unpacked export archive. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too large to import ({size}; at most {limit}), so nothing was imported. Split it, or import the conversations a few at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export file is damaged or incomplete ({detail}), so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tramontane uses {name}, the small model it comes with: no other model here fits in this computer&apos;s free memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tramontane uses {name}, the small model it comes with. The Models pane has more capable ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tramontane uses {name}, the model found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tramontane uses {name}, the most capable of the {count} models found here that fits in this computer&apos;s memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of Tramontane&apos;s menus and messages. Models answer in the language you write to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark colours. “Follow the system” changes along with your computer&apos;s setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes all the text in Tramontane larger or smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact puts less space between messages, so more of them fit on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the model runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (graphics card when it helps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic uses a graphics card when there is one with enough memory, and the processor otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers on the graphics card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the model goes on the graphics card. Automatic puts as much as fits; lower it if other programs need the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many processor cores the model uses. Automatic uses every physical core.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the model with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tramontane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tramontane %1

Private AI chat on your own computer. The models run here, your conversations are stored encrypted, and nothing goes online unless you download a model.

Apache License 2.0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubView</name>
    <message>
        <source>Search the model hub, e.g. “mistral instruct”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the model hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repositories found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model files in the chosen repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search, then choose a repository to see its model files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching sends your search words to the model hub (huggingface.co). Nothing else leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching and downloading are turned off because Tramontane is set to work offline only (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n repositories with GGUF models, most downloaded first.</source>
        <translation>
            <numerusform>%n repository with GGUF models, most downloaded first.</numerusform>
            <numerusform>%n repositories with GGUF models, most downloaded first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln downloads last month</source>
        <translation>
            <numerusform>%Ln download last month</numerusform>
            <numerusform>%Ln downloads last month</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found; try fewer or other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list of files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gated: its makers ask you to accept their terms on the hub&apos;s website; Tramontane will then ask for your access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repository has no GGUF model files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({0} parts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainPrompt</name>
    <message>
        <source>Tramontane keeps the key that protects your conversations in your system&apos;s keychain, but the keychain is locked or refused to keep it.

Unlock the keychain (or log in to your desktop session), then try again.

Or keep the key in a file in Tramontane&apos;s data folder instead. Then anyone who can read that folder can read your conversations: another program you run, someone using your account, or anyone with a copy of this disk or its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tramontane could not read the key to your conversations from your system&apos;s keychain. Unlock the keychain (or log in to your desktop session), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can start with no conversations instead. The ones that cannot be opened are moved, unchanged, into a new folder in %1, so that nothing is lost if their key turns up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with no conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>The model folders could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is now the model new conversations start with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is loading for this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is ready in this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} could not be loaded; the chat pane says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another model is being copied; wait until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalModelsTable</name>
    <message>
        <source>{name}, {size}, {advice}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalModelsView</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models on this computer. Drop a .gguf file here to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a model file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a model file from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the selected model in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for new conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected model the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected model&apos;s file in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort the models by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models yet. Download one from the catalog, or add a .gguf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in {0} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a shared folder: Tramontane uses it there and never deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes with Tramontane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used where it is, outside your models folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ New conversations start with this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tramontane does not delete files in shared or bundled folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model may not run well here: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take {0} off the list? The file stays where it is:
{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0}? Its file ({1}) will be removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts, diagnostics and about Tramontane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <source>Tramontane is set to work offline. Opening this link makes your browser contact %1. Open it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this link in your browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages of this conversation, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message numerus="yes">
        <source>%Ln tokens</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this question and send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write another reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your message… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the changed question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>The starter model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model Tramontane loads when it starts. Each conversation can still use another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower gives focused, predictable replies; higher gives more varied, creative ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many likely words the model chooses from. Lower is more careful; 0.95 suits most uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum reply length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply stops after this many tokens (a token is about three quarters of a word).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the conversation the model can read at once. Longer needs more memory; takes effect when the model is next loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts temperature, top-p, reply length and context length back to the recommended values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsPane</name>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model library sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel copying the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF model files (*.gguf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {0} into your models folder, or use it where it is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy keeps working when the original is moved or its drive is unplugged. Using it in place saves disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy into my models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was added to your models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One model is added at a time; drop the others afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the token in, so it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model library could not be started (%1). Your conversations and the model in use are not affected. Restart Tramontane; if this happens again, Help → Diagnostics has the details for your help desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Hub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your access token from the model hub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the token safely, so it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved token, hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every conversation will be deleted from this computer, and its words removed from the search index. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: files you exported, copies of your data folder made outside Tramontane (backups of this computer, an old data folder kept after a move), your settings and your models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all app data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tramontane also kept copies of your conversations from before its updates (%1 in the backups folder). They hold your conversations as they were then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these copies too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversations (with the copies taken before updates), settings, downloaded models, logs and saved token will be deleted, and Tramontane will close. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: files you exported, models in your own folders, and copies of your data folder made outside Tramontane (backups of this computer, an old data folder kept after a move).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work offline only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on, Tramontane never goes online: no model downloads and no hub search. Chatting never needs the network either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not even company servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With offline mode on, conversations set to a company server still reach it. Tick this and nothing at all leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only some models on the hub need an account. The token is kept in your system&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the hub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a key file in the data folder: this computer has no keychain, or it refused to keep the key and you chose the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes every conversation and its words in the search index. Settings and models stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads are off because your organisation&apos;s policy file could not be fully understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversations are stored encrypted; this key opens them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who can read your data folder can read your conversations. Keep that folder private, or use a computer with a keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all app data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes conversations, settings, downloaded models and logs, then closes Tramontane. Models in your own folders stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProseView</name>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPrompts</name>
    <message>
        <source>Use the company server “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversation that runs on %1 is sent to it each time you write: your message, the conversation&apos;s earlier messages and its instructions. Whoever runs the server (%2) can read them. Your other conversations, your files and your models stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server&apos;s address starts with http://, so the text travels unencrypted on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Move this conversation to the company server “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its history (%1 and its instructions) will be sent to %2 with your next message, and with every message after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move and send to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this conversation to this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its history (%1 and its instructions) will be read by the model on this computer. Nothing more is sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServersPage</name>
    <message>
        <source>Key for the local API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs that use the local API send this key. Copy it now: it is not shown again (you can make a new one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key lasts until Tramontane closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message>
        <source>No company servers yet. Your IT department can set them up, or add one with “Add a server…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key for %1 (empty removes it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversation set to a company server is sent to it each time you write; everything else stays on this computer. Keys are kept in your system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List models again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local API for other programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let other programs use the model on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OpenAI-compatible API, so other programs use the local model instead of a cloud service. They need its key. Their requests are not kept as conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs connect to this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept connections from other computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: only programs on this computer can connect. On: anyone on your network who has the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where programs send their requests. They need the key, which is shown once when it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation does not allow adding servers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServersUI</name>
    <message>
        <source>The local API could not start on port %1 (%2). Choose another port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Set by your organisation&apos;s IT policy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsCoordinator</name>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply is being written. Stop it or let it finish, then delete the conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These copies could not be deleted; delete them yourself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply is being written. Let it finish, then move the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying your data to the new folder… Tramontane restarts when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was copied to %1 and checked. Tramontane restarts now to use it. The old folder, %2, was kept: delete it yourself once you are sure all is well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPane</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write another reply to the last question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the last reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected conversation (with undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Tramontane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in Tramontane can be done from the keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document the reply used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage the reply used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model read the whole document; only its beginning is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>%1 (whole document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesRow</name>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the data folder to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own models folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your encrypted conversations and downloaded models. Moving copies everything, checks the copy, then switches; the old folder is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models you downloaded or added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starter model that comes with Tramontane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tramontane also lists the models in these folders, for example a shared folder at work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop listing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Access token needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is gated: its makers ask you to accept their terms first.

1. Sign in at huggingface.co, open https://huggingface.co/{0} and accept the terms.
2. Create a read token at https://huggingface.co/settings/tokens.
3. Paste it here. Tramontane keeps it in this computer&apos;s keychain and sends it only to the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hf_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tramontane export, can be imported again (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation exports (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) imported.</source>
        <translation>
            <numerusform>%n conversation imported.</numerusform>
            <numerusform>%n conversations imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Write a polite email asking to move a meeting to Thursday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain what a balance sheet is in three sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give me five ideas for a team lunch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise the main causes of the French Revolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private AI chat, on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model runs here: nothing you type leaves this computer, and no account is needed.
Your conversations are saved encrypted. Ask anything, or start with an example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends this question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhereLabel</name>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this conversation runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>unknown size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{number} billion</source>
        <translation>
            <numerusform>{number} billion</numerusform>
            <numerusform>{number} billion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number} million</source>
        <translation>
            <numerusform>{number} million</numerusform>
            <numerusform>{number} million</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tokens at once</source>
        <translation>
            <numerusform>%Ln token at once</numerusform>
            <numerusform>%Ln tokens at once</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full precision: largest and slowest, no quality lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearly full quality, about twice the default size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very high quality, larger than the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high quality, slightly larger than the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the usual choice: good quality at a moderate size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smaller, slightly lower quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small, noticeably lower quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smallest, much lower quality; only when nothing else fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compact 4-bit format the model was trained for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compression level not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache 2.0: may be used freely, also at work and for business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIT: may be used freely, also at work and for business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Llama Community Licence: may be used at work and for business (unless your company has over 700 million monthly users); follow Meta&apos;s acceptable use policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Llama 3 Community Licence: may be used at work and for business (unless your company has over 700 million monthly users); follow Meta&apos;s acceptable use policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Llama 3.1 Community Licence: may be used at work and for business (unless your company has over 700 million monthly users); follow Meta&apos;s acceptable use policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Llama 3.2 Community Licence: may be used at work and for business (unless your company has over 700 million monthly users); follow Meta&apos;s acceptable use policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemma Terms of Use: may be used at work and for business, within Google&apos;s prohibited use policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistral Research Licence: for research and personal testing only; use at work or for business needs a separate licence from Mistral AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qwen Research Licence: for non-commercial research only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qwen Licence: may be used at work and for business (unless your product has over 100 million monthly users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creative Commons BY 4.0: may be used freely, also for business, with credit to the makers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creative Commons BY-NC 4.0: not for business use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creative Commons BY-NC-SA 4.0: not for business use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenRAIL: may be used, also for business, but not for the harmful uses it lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence not stated: check the model&apos;s page before using it at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{licence}: check the licence before using it at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes less than a word a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes about one word a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes about {words} words a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes faster than anyone reads, about {words} words a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free; other programs may slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free on the graphics card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free on the graphics card; other programs may slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free in memory and on the graphics card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free in memory and on the graphics card; other programs may slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} memory ({free} free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} memory ({free} free); {gpu} with {gpu_free} free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Chip</name>
    <message>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (being read…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this document from the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CodeBlock</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
