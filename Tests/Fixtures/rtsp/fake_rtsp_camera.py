"""Fake RTSP camera for tests: GStreamer's RTSP server on 127.0.0.1 only.

Serves rtsp://127.0.0.1:PORT/cam1 (H.264 baseline, zero latency, a keyframe every second) from
videotestsrc, one pipeline shared by every client, RTP over the RTSP connection only (a client
asking for UDP gets 461 and ffmpeg then falls back to TCP). Prints `ready rtsp://127.0.0.1:PORT/cam1`
on stdout once it listens (with --port 0 the system picks the port and the line tells which), and
exits 0 on SIGTERM or SIGINT. With --hang it accepts connections and answers OPTIONS but never
answers DESCRIBE nor sends any media, so a client's timeout can be tested (the server itself gives
up after 20 s and answers 503).

Needs Debian's python3 (/usr/bin/python3, for `gi`) and the packages gir1.2-gst-rtsp-server-1.0
python3-gi gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-ugly.

    /usr/bin/python3 Tests/Fixtures/rtsp/fake_rtsp_camera.py --port 8554 [--path /cam1]
        [--width 320 --height 240] [--fps 15] [--hang]
"""

import argparse
import signal
import sys

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstRtsp", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import GLib, Gst, GstRtsp, GstRtspServer  # noqa: E402


def launch_line(args):
    raw = f"video/x-raw,width={args.width},height={args.height},framerate={args.fps}/1"
    # --hang: the valve drops every buffer and event, so the media never prepares.
    hang = "valve drop=true ! " if args.hang else ""
    return (
        f"( videotestsrc name=src is-live=true ! {raw} ! {hang}"
        f"x264enc tune=zerolatency speed-preset=ultrafast bitrate=256 key-int-max={args.fps} ! "
        "video/x-h264,profile=baseline ! rtph264pay name=pay0 pt=96 config-interval=1 )"
    )


def refuse_seeking(pad, info):
    # videotestsrc says it is seekable, so each client's PLAY "Range: npt=0-" would seek the
    # shared pipeline back to 0 and restart the timestamps of every client already watching.
    # A camera is not seekable: fail the SEEKING query, and the server then ignores Range.
    if info.get_query().type == Gst.QueryType.SEEKING:
        return Gst.PadProbeReturn.DROP
    return Gst.PadProbeReturn.OK


def on_media_configure(_factory, media):
    src = media.get_element().get_by_name("src").get_static_pad("src")
    src.add_probe(Gst.PadProbeType.QUERY_UPSTREAM, refuse_seeking)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True, help="0 lets the system pick one")
    parser.add_argument("--path", default="/cam1")
    parser.add_argument("--width", type=int, default=320)
    parser.add_argument("--height", type=int, default=240)
    parser.add_argument("--fps", type=int, default=15)
    parser.add_argument("--hang", action="store_true", help="accept, never send media")
    args = parser.parse_args()
    if not args.path.startswith("/"):
        args.path = "/" + args.path

    Gst.init(None)
    server = GstRtspServer.RTSPServer()
    server.set_address("127.0.0.1")
    server.set_service(str(args.port))
    factory = GstRtspServer.RTSPMediaFactory()
    factory.set_launch(launch_line(args))
    factory.set_shared(True)
    # RTP interleaved in the RTSP connection only: UDP would bind its ports on every interface.
    factory.set_protocols(GstRtsp.RTSPLowerTrans.TCP)
    factory.connect("media-configure", on_media_configure)
    server.get_mount_points().add_factory(args.path, factory)

    loop = GLib.MainLoop()
    if server.attach(None) == 0:
        sys.exit(f"fake_rtsp_camera: cannot listen on 127.0.0.1:{args.port}")
    for signum in (signal.SIGTERM, signal.SIGINT):
        GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signum, loop.quit)

    print(f"ready rtsp://127.0.0.1:{server.get_bound_port()}{args.path}", flush=True)
    loop.run()


if __name__ == "__main__":
    main()
