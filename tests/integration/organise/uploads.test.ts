import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as uploadRoute } from "@/app/api/uploads/route";
import { GET as serveRoute } from "@/app/api/uploads/[name]/route";
import { POST as imageRoute } from "@/app/api/actions/[id]/image/route";
import { getDb } from "@/lib/db";
import { MAX_UPLOAD_BYTES } from "@/lib/uploads/paths";
import { createAction } from "../../factories";
import { isolateSideEffects, organiseWorld } from "../../factories/organise";

let w: Awaited<ReturnType<typeof organiseWorld>>;
let gpsJpeg: Buffer;

beforeAll(async () => {
  isolateSideEffects();
  w = await organiseWorld();
  // A phone photo: EXIF with GPS coordinates, camera make, an ICC profile.
  gpsJpeg = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: "#2a6" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "PhoneMaker", Model: "Model 7", Artist: "Jane Organiser" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 0/1", GPSLongitudeRef: "W", GPSLongitude: "0/1 7/1 0/1" },
    })
    .withIccProfile("p3")
    .toBuffer();
});

/** Route handlers take a real Request; binary bodies go in as bytes, not JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route handler types its own params; this takes any of them
async function send(handler: (req: Request, ctx: any) => Promise<Response>, url: string, body: BodyInit, headers: Record<string, string>, params: Record<string, string> = {}) {
  const req = new Request(new URL(url, "http://localhost:3000"), { method: "POST", body, headers: { "x-mobilise-client-ip": "203.0.113.9", ...headers } });
  return handler(req, { params: Promise.resolve(params) });
}

describe("image uploads", () => {
  it("the test photo really carries GPS EXIF", async () => {
    const meta = await sharp(gpsJpeg).metadata();
    expect(meta.exif).toBeInstanceOf(Buffer);
    expect(meta.exif!.toString("latin1")).toContain("PhoneMaker");
    expect(meta.icc?.byteLength).toBeGreaterThan(0);
  });

  it("an uploaded JPEG with GPS EXIF comes back re-encoded, resized and without any metadata", async () => {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(gpsJpeg)], { type: "image/jpeg" }), "IMG_0001.jpg");
    const res = await send(uploadRoute, "/api/uploads", form, { cookie: w.organiserA.cookie });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { name: string; path: string; width: number; height: number };
    expect(body.path).toMatch(/^\/api\/uploads\/[a-f0-9]{32}\.webp$/);
    expect([body.width, body.height]).toEqual([1600, 800]);

    const served = await serveRoute(new Request(`http://localhost:3000${body.path}`), { params: Promise.resolve({ name: body.name }) });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
    const bytes = Buffer.from(await served.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect(meta.format).toBe("webp");
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    for (const needle of ["PhoneMaker", "Jane Organiser", "Exif", "GPS"]) expect(bytes.toString("latin1")).not.toContain(needle);

    const audit = await (await getDb()).auditLog.findFirst({ where: { verb: "upload.create", targetId: body.name } });
    expect(audit?.actorId).toBe(w.organiserA.id);
  });

  it("sniffs the type from the bytes: a script named .jpg is refused", async () => {
    const res = await send(uploadRoute, "/api/uploads", "<script>alert(1)</script>", { cookie: w.organiserA.cookie, "content-type": "image/jpeg" });
    expect(res.status).toBe(415);
  });

  it("refuses files above the size cap", async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 100_000);
    big.set([0xff, 0xd8, 0xff]);
    const res = await send(uploadRoute, "/api/uploads", big, { cookie: w.organiserA.cookie, "content-type": "image/jpeg" });
    expect(res.status).toBe(413);
  });

  it("a corrupt image with a valid header is a 422, not a 500", async () => {
    const res = await send(uploadRoute, "/api/uploads", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]), { cookie: w.organiserA.cookie, "content-type": "image/jpeg" });
    expect(res.status).toBe(422);
  });

  it("sets an action's image (raw body) and audits it", async () => {
    const action = await createAction({ chapterId: w.chapterA.id, statementId: w.statement.id });
    const res = await send(imageRoute, `/api/actions/${action.id}/image`, new Uint8Array(gpsJpeg), { cookie: w.organiserA.cookie, "content-type": "image/jpeg" }, { id: action.id });
    expect(res.status).toBe(200);
    const { imagePath } = (await res.json()) as { imagePath: string };
    const db = await getDb();
    expect((await db.action.findUniqueOrThrow({ where: { id: action.id } })).imagePath).toBe(imagePath);
    expect(await db.auditLog.count({ where: { targetId: action.id, verb: "action.image" } })).toBe(1);
  });

  it("never serves a path outside the upload folder", async () => {
    for (const name of ["../pglite/PG_VERSION", "..%2Fauth-secret", "abc.webp"]) {
      const res = await serveRoute(new Request(`http://localhost:3000/api/uploads/${name}`), { params: Promise.resolve({ name }) });
      expect(res.status).toBe(404);
    }
  });
});
