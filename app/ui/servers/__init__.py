"""Company servers and the local API in the GUI: ServersUI, the prompts, the chat header's place."""
