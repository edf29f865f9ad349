#!/usr/bin/python3
"""A real RTSP camera for tests and bench work: GStreamer's RTSP server serving a clip (or a test pattern) on 127.0.0.1.

ffmpeg cannot serve RTSP to a pulling client, so tests use this. Kill the process to simulate a camera dropping
off the network; start it again on the same port to simulate its return.

  rtsp-camera.py --port 8554 --file vtest.avi        -> rtsp://127.0.0.1:8554/cam
  rtsp-camera.py --port 8554 --pattern               -> a moving test pattern
"""
import argparse
import sys

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import GLib, Gst, GstRtspServer  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--port", type=int, required=True)
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
    server.set_address("127.0.0.1")
    server.set_service(str(args.port))
    factory = GstRtspServer.RTSPMediaFactory()
    factory.set_launch(launch)
    factory.set_shared(True)
    server.get_mount_points().add_factory(args.path, factory)
    if server.attach(None) == 0:
        print(f"cannot listen on 127.0.0.1:{args.port}", file=sys.stderr)
        return 1
    print(f"ready rtsp://127.0.0.1:{args.port}{args.path}", flush=True)
    try:
        GLib.MainLoop().run()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
