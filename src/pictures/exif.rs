//! Whether a picture's EXIF block (a TIFF structure, as the decoders hand it over) says where it
//! was taken: the GPS directory of the first image directory holds a latitude or a longitude.
//! Read within the block's bounds; anything malformed reads as "no location".

/// The tag of IFD0's pointer to the GPS directory.
const GPS_IFD: u16 = 0x8825;
/// GPSLatitude and GPSLongitude in the GPS directory.
const GPS_LATITUDE: u16 = 0x0002;
const GPS_LONGITUDE: u16 = 0x0004;
/// At most this many entries are read in a directory (real ones hold a few dozen).
const MAX_ENTRIES: usize = 512;

/// Whether the EXIF block `tiff` records a location.
pub fn has_location(tiff: &[u8]) -> bool {
    let tiff = tiff.strip_prefix(b"Exif\0\0").unwrap_or(tiff);
    let big = match tiff.get(..4) {
        Some([0x49, 0x49, 42, 0]) => false,
        Some([0x4d, 0x4d, 0, 42]) => true,
        _ => return false,
    };
    let r = Reader { b: tiff, big };
    let Some(ifd0) = r.u32(4) else {
        return false;
    };
    let Some(gps) = r.entry(ifd0, GPS_IFD) else {
        return false;
    };
    r.entry(gps, GPS_LATITUDE).is_some() || r.entry(gps, GPS_LONGITUDE).is_some()
}

/// Bounded reads in a TIFF block of one byte order.
struct Reader<'a> {
    b: &'a [u8],
    big: bool,
}

impl Reader<'_> {
    fn u16(&self, at: usize) -> Option<u16> {
        let s: [u8; 2] = self.b.get(at..at.checked_add(2)?)?.try_into().ok()?;
        Some(if self.big {
            u16::from_be_bytes(s)
        } else {
            u16::from_le_bytes(s)
        })
    }

    fn u32(&self, at: usize) -> Option<usize> {
        let s: [u8; 4] = self.b.get(at..at.checked_add(4)?)?.try_into().ok()?;
        let v = if self.big {
            u32::from_be_bytes(s)
        } else {
            u32::from_le_bytes(s)
        };
        usize::try_from(v).ok()
    }

    /// The 4-byte value field of the entry `tag` in the directory at `ifd`, as an offset.
    fn entry(&self, ifd: usize, tag: u16) -> Option<usize> {
        let count = usize::from(self.u16(ifd)?).min(MAX_ENTRIES);
        (0..count)
            .map(|i| ifd + 2 + 12 * i)
            .find(|&at| self.u16(at) == Some(tag))
            .and_then(|at| self.u32(at + 8))
    }
}

#[cfg(test)]
mod tests {
    use super::has_location;

    /// A little-endian TIFF block whose IFD0 points at a GPS directory holding `gps_tags`.
    fn block(gps_tags: &[u16], big: bool) -> Vec<u8> {
        let w16 = |v: u16| {
            if big {
                v.to_be_bytes()
            } else {
                v.to_le_bytes()
            }
        };
        let w32 = |v: u32| {
            if big {
                v.to_be_bytes()
            } else {
                v.to_le_bytes()
            }
        };
        let mut b = if big {
            vec![0x4d, 0x4d, 0, 42]
        } else {
            vec![0x49, 0x49, 42, 0]
        };
        b.extend(w32(8));
        // IFD0: one entry, the GPS pointer (LONG), then no next IFD.
        b.extend(w16(1));
        b.extend(w16(0x8825));
        b.extend(w16(4));
        b.extend(w32(1));
        b.extend(w32(26));
        b.extend(w32(0));
        assert_eq!(b.len(), 26);
        b.extend(w16(gps_tags.len() as u16));
        for &t in gps_tags {
            b.extend(w16(t));
            b.extend(w16(5));
            b.extend(w32(3));
            b.extend(w32(0));
        }
        b.extend(w32(0));
        b
    }

    #[test]
    fn finds_a_latitude_or_longitude_in_either_byte_order() {
        assert!(has_location(&block(&[0, 1, 2, 3, 4], false)));
        assert!(has_location(&block(&[4], true)));
        let mut prefixed = b"Exif\0\0".to_vec();
        prefixed.extend(block(&[2], false));
        assert!(has_location(&prefixed));
    }

    #[test]
    fn accepts_a_gps_directory_without_position_and_malformed_blocks() {
        assert!(!has_location(&block(&[0], false)));
        assert!(!has_location(&block(&[], true)));
        let whole = block(&[2], false);
        for end in 0..whole.len() - 12 {
            assert!(!has_location(&whole[..end]), "cut at {end}");
        }
        assert!(!has_location(b"II*\0\xff\xff\xff\xff"));
    }
}
