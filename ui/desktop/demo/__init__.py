"""The demo window (`satchel demo`): the reporter and the desk of the throwaway demo
coalition side by side in one window marked DEMO, over a private loopback Tor network
when tor is installed, and by a carried stick always.

Use: window.run_demo_window(base) or window.DemoWindow(base, use_tor=...). The demo's
world is satchel.ui.demo.journey's (the terminal demo's); nothing here touches a real
vault. tor_worker.DemoTor owns the private Tor network for as long as the window.
"""
