<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>App</name>
        <message>
            <source>Your settings could not be read, so the defaults are used. The old file was kept beside the new one as settings.json.bad.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your organisation's policy file could not be fully read; Settings → Diagnostics says what was wrong.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CatalogCard</name>
        <message>
            <source>Recommended for this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{maker} · {params} parameters · {size} download · {quant}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{verdict}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; slow without a large graphics card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloads are turned off: Tramontane is set to work offline only.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CatalogView</name>
        <message>
            <source>This computer: {0}. Models that fit come first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloads are turned off because Tramontane is set to work offline only (Settings).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model catalog</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChatController</name>
        <message>
            <source>The model could not be loaded. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading the model…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No model loaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>runs on the processor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>runs on %1 (%2 of %3 layers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>runs on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The model stopped unexpectedly and is being restarted. Your conversation is safe; send your message again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChatPane</name>
        <message>
            <source>Conversation title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model for this conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each conversation remembers the model it uses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model loading progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Context used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How much of what the model can read at once this conversation uses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System prompt…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit this conversation's system prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reply copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 tokens used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instructions the model follows in this conversation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send a first message, then set the system prompt.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Message Tramontane  (Enter to send, Shift+Enter for a new line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a question. Enter sends it, Shift+Enter adds a line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send (Enter)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConversationList</name>
        <message>
            <source>Pinned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 7 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Older</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New conversation (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finds conversations by their title and their text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter opens, F2 renames, Delete deletes with undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversation deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo delete</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unpin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pin to top</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Diagnostics</name>
        <message>
            <source>Tramontane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Processor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CPU features</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Memory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Models folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Config folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cache folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logs folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IT policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Context</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Placement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sampling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speed test</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DiagnosticsPage</name>
        <message>
            <source>Copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measuring… (a few seconds)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading: %1 tokens per second. Writing: %2 tokens per second. First words after %3 s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No model is loaded, so there is nothing to measure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnostics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer and Tramontane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnostic report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version, system, memory, devices, model and folders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copies the report, in English, to paste into a message to your help desk. It holds no conversation text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the logs folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measures how fast the current model reads a question and writes a reply on this computer. A reply you ask for meanwhile waits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speed test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speed test result</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DownloadRow</name>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} the download of {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for the downloads before it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asking the hub about the file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused at {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the file ({0:.0%})…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloaded and checked; it is in your models list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled; the partial file was deleted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DownloadsView</name>
        <message>
            <source>Downloads</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GeneralPage</name>
        <message>
            <source>General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appearance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the system (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language of Tramontane's menus and messages. Models answer in the language you write to them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light or dark colours. “Follow the system” changes along with your computer's setting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Small</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Large</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Larger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Largest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Makes all the text in Tramontane larger or smaller.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comfortable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spacing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compact puts less space between messages, so more of them fit on the screen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HardwarePage</name>
        <message>
            <source>Hardware</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the model runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In use now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic (graphics card when it helps)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Processor only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic uses a graphics card when there is one with enough memory, and the processor otherwise.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Layers on the graphics card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How much of the model goes on the graphics card. Automatic puts as much as fits; lower it if other programs need the card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Processor threads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many processor cores the model uses. Automatic uses every physical core.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reload the model with these settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No model is loaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The processor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2 of %3 layers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Runs on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Context</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 tokens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Processor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Graphics card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 GB free of %2 GB</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnostics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Tramontane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tramontane %1

Private AI chat on your own computer. The models run here, your conversations are stored encrypted, and nothing goes online unless you download a model.

Apache License 2.0.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HubView</name>
        <message>
            <source>Search the model hub, e.g. “mistral instruct”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the model hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repositories found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model files in the chosen repository</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns of the file list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compression</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it means</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download this file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download the selected file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search, then choose a repository to see its model files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Searching sends your search words to the model hub (huggingface.co). Nothing else leaves this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Searching and downloading are turned off because Tramontane is set to work offline only (Settings).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Searching…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} repositories with GGUF models, most downloaded first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing found; try fewer or other words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} downloads last month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the list of files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gated: its makers ask you to accept their terms on the hub's website; Tramontane will then ask for your access token.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This repository has no GGUF model files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> ({0} parts)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LocalModelsView</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parameters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compression</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Context</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Models on this computer. Drop a .gguf file here to add it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a model file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a model file from this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use in this conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the selected model in this conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use for new conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the selected model the default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show in folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the selected model's file in its folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Models on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sort the models by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No models yet. Download one from the catalog, or add a .gguf file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No model selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{verdict}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> in {0} files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} tokens at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In a shared folder: Tramontane uses it there and never deletes it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comes with Tramontane.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Used where it is, outside your models folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>★ New conversations start with this model.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove from list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tramontane does not delete files in shared or bundled folders.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This model may not run well here: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take {0} off the list? The file stays where it is:
{1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove from list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {0}? Its file ({1}) will be removed from this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete model</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 pane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts, diagnostics and about Tramontane</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MarkdownView</name>
        <message>
            <source>Open link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open this link in your browser?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageView</name>
        <message>
            <source>Conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The messages of this conversation, oldest first</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy this message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit this question and send it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regenerate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write another reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading your message… %1%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thinking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No reply was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit your question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the changed question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel editing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModelPage</name>
        <message>
            <source>The starter model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The model Tramontane loads when it starts. Each conversation can still use another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Temperature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lower gives focused, predictable replies; higher gives more varied, creative ones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top-p</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many likely words the model chooses from. Lower is more careful; 0.95 suits most uses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> tokens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Maximum reply length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A reply stops after this many tokens (a token is about three quarters of a word).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 tokens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Context length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How much of the conversation the model can read at once. Longer needs more memory; takes effect when the model is next loaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset to recommended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Puts temperature, top-p, reply length and context length back to the recommended values.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModelsPane</name>
        <message>
            <source>Models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Catalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model library sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel copying the model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a model file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy {0} into your models folder, or use it where it is?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A copy keeps working when the original is moved or its drive is unplugged. Using it in place saves disk space.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy into my models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use where it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copying {0}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} was added to your models.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One model is added at a time; drop the others afterwards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer has no keychain to keep the token in, so it was not saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss notice</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrivacyPage</name>
        <message>
            <source>Hub token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste your access token from the model hub:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer has no keychain to keep the token safely, so it was not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No token saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved token, hidden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a token…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete all conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every conversation will be deleted from this computer. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete all app data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your conversations, settings, downloaded models, logs and saved token will be deleted, and Tramontane will close. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete everything and close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Privacy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work offline only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When on, Tramontane never goes online: no model downloads and no hub search. Chatting never needs the network either way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only some models on the hub need an account. The token is kept in your system's keychain, never in a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the hub token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In your system's keychain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In a key file in the data folder, because this computer has no keychain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encryption key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your conversations are stored encrypted; this key opens them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anyone who can read your data folder can read your conversations. Keep that folder private, or use a computer with a keychain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete all conversations…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deletes every conversation. Settings and models stay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete all app data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deletes conversations, settings, downloaded models and logs, then closes Tramontane. Models in your own folders stay.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Set by your organisation's IT policy.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsCoordinator</name>
        <message>
            <source>Restart now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A reply is being written. Stop it or let it finish, then delete the conversations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A reply is being written. Let it finish, then move the data folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copying your data to the new folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your data was copied to %1 and checked. Tramontane uses it from its next start. The old folder, %2, was kept: delete it yourself once you are sure all is well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is already the data folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new folder cannot be inside the current one, nor the other way round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That folder already holds files. Choose an empty folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is not enough free space there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy did not match the original.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The move was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy failed (%1).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsPane</name>
        <message>
            <source>General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hardware</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Privacy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Storage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnostics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings sections</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>New conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New line in the message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write another reply to the last question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the last reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename the selected conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected conversation (with undo)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show these keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to the next control</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit Tramontane</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything in Tramontane can be done from the keyboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StoragePage</name>
        <message>
            <source>unreadable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the data folder to…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a models folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Storage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own models folders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your encrypted conversations and downloaded models. Moving copies everything, checks the copy, then switches; the old folder is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Models you downloaded or added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Built in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The starter model that comes with Tramontane.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tramontane also lists the models in these folders, for example a shared folder at work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop listing %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TokenDialog</name>
        <message>
            <source>Access token needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} is gated: its makers ask you to accept their terms first.

1. Sign in at huggingface.co, open https://huggingface.co/{0} and accept the terms.
2. Create a read token at https://huggingface.co/settings/tokens.
3. Paste it here. Tramontane keeps it in this computer's keychain and sends it only to the hub.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hf_…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hub access token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save and retry</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Write a polite email asking to move a meeting to Thursday.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explain what a balance sheet is in three sentences.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give me five ideas for a team lunch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summarise the main causes of the French Revolution.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private AI chat, on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The model runs here: nothing you type leaves this computer, and no account is needed.
Your conversations are saved encrypted. Ask anything, or start with an example.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Example: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sends this question</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_CodeBlock</name>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy this code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_ProseView</name>
        <message>
            <source>Message text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>[image: %1]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no description</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>