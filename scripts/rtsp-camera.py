#!/usr/bin/python3
"""A real RTSP camera for tests and bench work: GStreamer's RTSP server serving a clip (or a test pattern) on 127.0.0.1.

ffmpeg cannot serve RTSP to a pulling client, so tests use this. Kill the process to simulate a camera dropping
off the network; start it again on the same port to simulate its return.

  rtsp-camera.py --port 8554 --file vtest.avi        -> rtsp://127.0.0.1:8554/cam
  rtsp-camera.py --port 8554 --pattern               -> a moving test pattern
  rtsp-camera.py --port 0 --file vtest.avi           -> a port the system picks, named on the "ready" line
"""
import argparse
import socket
import sys

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import Gio, GLib, Gst, GstRtspServer  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--port", type=int, required=True, help="TCP port on 127.0.0.1; 0 lets the system pick a free one")
    ap.add_argument("--path", default="/cam")
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--file", help="a video file any GStreamer decoder reads (decoded and re-encoded as H.264)")
    src.add_argument("--pattern", action="store_true", help="a live moving test pattern")
    ap.add_argument("--fps", type=int, default=10)
    args = ap.parse_args()

    Gst.init(None)
    encode = (
        "videoconvert ! videorate ! video/x-raw,framerate={fps}/1 ! "
        "x264enc tune=zerolatency speed-preset=ultrafast key-int-max={fps} ! "
        "rtph264pay name=pay0 pt=96 config-interval=1"
    ).format(fps=args.fps)
    if args.file:
        # A file source is not live: pace it at its own rate so the stream behaves like a camera.
        launch = f'( filesrc location="{args.file}" ! decodebin ! identity sync=true ! {encode} )'
    else:
        launch = f"( videotestsrc is-live=true pattern=ball ! video/x-raw,width=640,height=360 ! {encode} )"

    server = GstRtspServer.RTSPServer()
    factory = GstRtspServer.RTSPMediaFactory()
    factory.set_launch(launch)
    factory.set_shared(True)
    server.get_mount_points().add_factory(args.path, factory)
    # Our own listening socket with SO_REUSEADDR: a camera killed and started again must get its port back at
    # once, although the old connections still sit in TIME_WAIT (the server's own socket does not set it).
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind(("127.0.0.1", args.port))
    except OSError as e:
        print(f"cannot listen on 127.0.0.1:{args.port}: {e}", file=sys.stderr)
        return 1
    listener.listen(16)
    # The port actually bound: with --port 0 the caller learns it here, with no window for another process to take it.
    port = listener.getsockname()[1]
    gsocket = Gio.Socket.new_from_fd(listener.detach())
    GLib.io_add_watch(gsocket.get_fd(), GLib.PRIORITY_DEFAULT, GLib.IO_IN,
                      lambda *_: GstRtspServer.RTSPServer.io_func(gsocket, GLib.IO_IN, server))
    print(f"ready rtsp://127.0.0.1:{port}{args.path}", flush=True)
    try:
        GLib.MainLoop().run()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
