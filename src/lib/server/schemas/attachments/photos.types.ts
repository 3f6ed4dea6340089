import { z } from 'zod';
import { idSchema } from '../id';
import {
	attachmentKindSchema,
	MAX_PHOTO_BASE64,
	MAX_PHOTO_CAPTION,
	MAX_TAGGED_MEMBERS
} from '../../../domain/attachments';

export const uploadPhotoInput = z.object({
	kind: attachmentKindSchema,
	caption: z.string().trim().max(MAX_PHOTO_CAPTION).default(''),
	/** The members the photo shows; each must have consented to photos. */
	memberIds: z.array(idSchema).max(MAX_TAGGED_MEMBERS).default([]),
	/** The image's bytes as base64; what they are is read from the bytes, never declared. */
	data: z
		.string()
		.min(1)
		.max(MAX_PHOTO_BASE64)
		.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'errors.field.invalid')
});
export type UploadPhotoInput = z.infer<typeof uploadPhotoInput>;

export const photoIdInput = z.object({ photoId: idSchema });
